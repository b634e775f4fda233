import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isReassigned } from './binding-writes';
import { findBinding } from './scope';

function reassigned(code: string, name = 'x'): boolean {
  const s = parseSnippet(code);
  const reference = s.call('use');
  return isReassigned(findBinding(reference, name)!, reference);
}

describe('isReassigned', () => {
  it('sees assignments, updates and loop heads to the same binding', () => {
    expect(reassigned('let x = 1; x = 2; use(x);')).toBe(true);
    expect(reassigned('let x = 1; x += 2; use(x);')).toBe(true);
    expect(reassigned('let x = 1; x++; use(x);')).toBe(true);
    expect(reassigned('let x, y; [x, y] = pair; use(x);')).toBe(true);
    expect(reassigned('let x; for (x of list) {} use(x);')).toBe(true);
    expect(reassigned('function f(x) { use(x); return () => { x = null; }; }')).toBe(true);
  });

  it('ignores other bindings of the same name and reads', () => {
    expect(reassigned('let x = 1; use(x);')).toBe(false);
    expect(reassigned('function f(x) { use(x); }')).toBe(false);
    expect(reassigned('let x = 1; function g() { let x; x = 2; } use(x);')).toBe(false);
    expect(reassigned('const x = 1; use(x);')).toBe(false);
    expect(reassigned('let x = { a: 1 }; x.a = 2; use(x);')).toBe(false);
  });
});
