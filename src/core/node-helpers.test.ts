import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { findAncestorPath, getProgram, getProgramPath, isInsideNode, isValueWrapper, unwrapPath } from './node-helpers';

describe('node helpers', () => {
  it('isValueWrapper: every wrapper that keeps the value at run time, nothing that changes it', () => {
    const snippet = parseSnippet('x = (<T>((id as T)! satisfies T)); y = f<T>; z = !id; w = void id; v = id.p;', 'ts');
    // (Parentheses are no nodes in the engine's parse; `ParenthesizedExpression` is for other parsers' trees.)
    const wrappers = snippet.findAll(isValueWrapper).map((path) => path.node.type);
    expect(wrappers.sort()).toEqual(['TSAsExpression', 'TSInstantiationExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);
  });

  it('isInsideNode compares source ranges', () => {
    const s = parseSnippet('function f() { setInterval(g, 1); }');
    const call = s.call('setInterval');
    const fn = call.findParent((p) => p.node.type === 'FunctionDeclaration')!;
    expect(isInsideNode(call.node, fn.node)).toBe(true);
    expect(isInsideNode(fn.node, call.node)).toBe(false);
    expect(isInsideNode(call.node, call.node)).toBe(true);
  });

  it('getProgram / getProgramPath find the Program of any path', () => {
    const call = parseSnippet('function f() { setInterval(g, 1); }').call('setInterval');
    expect(getProgramPath(call)?.node.type).toBe('Program');
    expect(getProgram(call)).toBe(getProgramPath(call)?.node);
  });

  it('findAncestorPath finds the path of an ancestor node, or itself', () => {
    const call = parseSnippet('function f() { setInterval(g, 1); }').call('setInterval');
    const statement = call.parentPath!;
    expect(findAncestorPath(call, statement.node)).toBe(statement);
    expect(findAncestorPath(call, call.node)).toBe(call);
    expect(findAncestorPath(statement, call.node)).toBeNull();
  });

  it('unwrapPath looks through as, satisfies, ! and parentheses', () => {
    const s = parseSnippet('const t = ((setInterval(g, 1) as unknown)! satisfies unknown);');
    const value = s.find((node) => node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression');
    expect(unwrapPath(value).node.type).toBe('CallExpression');
  });
});
