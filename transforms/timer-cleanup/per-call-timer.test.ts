import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isPerCallMethodTimer } from './per-call-timer';

const check = (code: string) => {
  const timer = parseSnippet(code, 'tsx').call('setTimeout');
  return isPerCallMethodTimer(resolveOwnerScope(timer), timer);
};

describe('isPerCallMethodTimer', () => {
  it('finds a callback that is a parameter, or reads a parameter or a local of the method', () => {
    expect(check('class Q { add(job, ms) { setTimeout(() => this.run(job), ms); } close() {} }')).toBe(true);
    expect(check('class Q { later(fn) { setTimeout(fn, 10); } dispose() {} }')).toBe(true);
    expect(check('class Q { add(job) { const id = next(); const push = () => this.items.push(id); setTimeout(push, 5); } close() {} }')).toBe(true);
  });

  it('is not a callback of the instance alone, the constructor, a field or a class with named acquire members', () => {
    expect(check('class Q { retry(ms) { setTimeout(() => this.connect(), ms); } close() {} }')).toBe(false);
    expect(check('class Q { constructor(fn) { setTimeout(fn, 10); } close() {} }')).toBe(false);
    expect(check('class Q { onClick = (fn) => { setTimeout(fn, 10); }; close() {} }')).toBe(false);
    expect(check('class A extends HTMLElement { connectedCallback() { const f = () => 1; setTimeout(f, 1); } }')).toBe(false);
  });
});
