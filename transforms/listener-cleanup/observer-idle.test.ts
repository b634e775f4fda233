import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveAcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import type { KeptHandle } from '../../src/analysis/resources/handle-usage';
import { isObserverIdle } from './observer-idle';

/** Whether the observer made by the first `new ResizeObserver(...)` holds nothing. */
function idle(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const acquisition = s.find((node) => node.type === 'NewExpression');
  const handle = resolveAcquisitionHandle(acquisition);
  const kept: KeptHandle = handle.kind === 'variable' ? { kind: 'variable', binding: handle.binding } : handle.kind === 'member' ? { kind: 'member', member: handle.member } : (() => { throw new Error(handle.kind); })();
  return isObserverIdle(kept, acquisition);
}

const DIRECTIVE = (start: string, stop: string) => `class D {\n  observer = new ResizeObserver(cb);\n  start() {\n${start}\n  }\n  stop() {\n${stop}\n  }\n}`;

describe('isObserverIdle', () => {
  it('a variable that observes nothing, or unobserves what it observes', () => {
    expect(idle('function f() {\n  const o = new ResizeObserver(cb);\n}')).toBe(true);
    expect(idle('function f(el) {\n  const o = new ResizeObserver(cb);\n  o.observe(el);\n  return () => o.unobserve(el);\n}')).toBe(true);
    expect(idle('function f(el, other) {\n  const o = new ResizeObserver(cb);\n  o.observe(el);\n  o.observe(other);\n  return () => o.unobserve(el);\n}')).toBe(false);
  });

  it('a field of the class, across its methods', () => {
    expect(idle(DIRECTIVE('this.observer.observe(this.el);', 'this.observer.unobserve(this.el);'))).toBe(true);
    expect(idle(DIRECTIVE('this.observer.observe(this.el);', ''))).toBe(false);
    expect(idle(DIRECTIVE('this.observer.observe(this.el);', 'this.other.unobserve(this.el);'))).toBe(false);
    expect(idle(DIRECTIVE('this.observer.observe(this.el);', 'this.observer.unobserve(this.panel);'))).toBe(false);
  });
});
