import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isFunctionNode } from './scope';
import { getDefinedName, getTopLevelBindingName, isCommonJsExportTarget } from './function-name';

/** The function holding the first `tick()` call. */
function fnOf(code: string) {
  return parseSnippet(code).call('tick').findParent((path) => isFunctionNode(path.node))!;
}
const nameOf = (code: string) => {
  const defined = getDefinedName(fnOf(code));
  return defined && `${defined.kind} ${defined.name}${defined.kind === 'assigned' && defined.commonJsExport ? ' (exports)' : ''}`;
};

describe('getDefinedName', () => {
  it('names bindings, object members and assigned properties', () => {
    expect(nameOf('function showHelp() { tick(); }')).toBe('binding showHelp');
    expect(nameOf('export function showHelp() { tick(); }')).toBe('binding showHelp');
    expect(nameOf('const showHelp = () => { tick(); };')).toBe('binding showHelp');
    expect(nameOf('let f = function inner() { tick(); };')).toBe('binding f');
    expect(nameOf('const actions = { LISTEN({ commit }) { tick(); } };')).toBe('member LISTEN');
    expect(nameOf("const o = { 'save-all': () => { tick(); } };")).toBe('member save-all');
    expect(nameOf('exports.registerListeners = function () { tick(); };')).toBe('assigned registerListeners (exports)');
    expect(nameOf('module.exports.start = () => { tick(); };')).toBe('assigned start (exports)');
    expect(nameOf('window.showHelp = () => { tick(); };')).toBe('assigned showHelp');
  });

  it('has no name for callbacks, computed keys and anonymous declarations', () => {
    expect(nameOf('go(() => { tick(); });')).toBeNull();
    expect(nameOf('const o = { [key]: () => { tick(); } };')).toBeNull();
    expect(nameOf('export default function () { tick(); }')).toBeNull();
    expect(nameOf('class A { run() { tick(); } }')).toBeNull();
  });
});

describe('getTopLevelBindingName', () => {
  const topLevel = (code: string) => getTopLevelBindingName(fnOf(code))?.name ?? null;
  it('takes functions declared directly at module top level, `const` only', () => {
    expect(topLevel('function main() { tick(); }')).toBe('main');
    expect(topLevel('const main = async () => { tick(); };')).toBe('main');
    expect(topLevel('let main = () => { tick(); };')).toBeNull();
    expect(topLevel('export function main() { tick(); }')).toBeNull();
    expect(topLevel('function outer() { function main() { tick(); } }')).toBeNull();
    expect(topLevel('const o = { main() { tick(); } };')).toBeNull();
  });
});

describe('isCommonJsExportTarget', () => {
  const left = (code: string) => isCommonJsExportTarget((parseSnippet(code).find((node) => node.type === 'AssignmentExpression').node as unknown as { left: never }).left);
  it('is `module.exports`, `exports.x` or `module.exports.x`', () => {
    expect(left('module.exports = f;')).toBe(true);
    expect(left('exports.f = f;')).toBe(true);
    expect(left('module.exports.f = f;')).toBe(true);
    expect(left('exports = f;')).toBe(false);
    expect(left('window.f = f;')).toBe(false);
  });
});
