import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { isClearedByOwner } from './cleared-emitter';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';

/** Whether the target of the first `<target>.on(...)` call is cleared (`x.clear()`) by the call's owner. */
function cleared(code: string): boolean {
  const s = parseSnippet(code);
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && code.slice(node.callee.property.start!, node.callee.property.end!) === 'on');
  const callee = call.child((call.node as unknown as { callee: Node }).callee, 'callee');
  const target = callee.child((callee.node as unknown as { object: Node }).object, 'object');
  return isClearedByOwner(target, resolveOwnerScope(call, { sfc: null }));
}

const CLASS = (start: string, stop: string) => `import { bus } from './bus';\nclass Manager {\n  start() {\n${start}\n  }\n  destroy() {\n${stop}\n  }\n}`;

describe('isClearedByOwner', () => {
  it('counts clear() with no arguments on the same object anywhere in the class', () => {
    expect(cleared(CLASS("bus.on('x', (e) => this.go(e));", 'bus.clear();'))).toBe(true);
    expect(cleared(CLASS("this.chart.on('click', (e) => this.pick(e));", 'this.chart?.clear();'))).toBe(true);
  });

  it('does not count another object, clear() with arguments, or no owner', () => {
    expect(cleared(CLASS("bus.on('x', (e) => this.go(e));", 'store.clear();'))).toBe(false);
    expect(cleared(CLASS("bus.on('x', (e) => this.go(e));", "bus.clear('x');"))).toBe(false);
    expect(cleared(CLASS("bus.on('x', (e) => this.go(e));", 'this.bus.clear();'))).toBe(false);
    expect(cleared("import { bus } from './bus';\nfunction start() { bus.on('x', go); }\nfunction stop() { bus.clear(); }")).toBe(false);
  });
});
