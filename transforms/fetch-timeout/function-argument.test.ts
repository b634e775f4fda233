import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveFunctionArgument } from './function-argument';

/** The first parameter's name of the function `callee(…)` receives at `index`, or `null`. */
function parameterOf(code: string, callee: string, index: number): string | null {
  const call = parseSnippet(code).call(callee) as NodePath<CallExpression>;
  const fn = resolveFunctionArgument(call, index);
  const parameter = fn?.node.params[0];
  return parameter?.type === 'Identifier' ? parameter.name : fn ? '(no name)' : null;
}

describe('resolveFunctionArgument', () => {
  it('resolves inline callbacks, parenthesised or cast too', () => {
    expect(parameterOf('p.then((res) => res.json());', 'p.then', 0)).toBe('res');
    expect(parameterOf('get(url, function (response) {});', 'get', 1)).toBe('response');
    expect(parameterOf('get(url, ((r) => r) as Handler);', 'get', 1)).toBe('r');
  });

  it('resolves a named function declared in the file', () => {
    expect(parameterOf('function onResponse(res) {}\nget(url, onResponse);', 'get', 1)).toBe('res');
    expect(parameterOf('function f() { const onResponse = (incoming) => {}; get(url, onResponse); }', 'get', 1)).toBe('incoming');
  });

  it('gives a path whose parent chain reaches the program (scope lookups work from it)', () => {
    const s = parseSnippet('function onResponse(res) {}\nget(url, onResponse);');
    const fn = resolveFunctionArgument(s.call('get') as NodePath<CallExpression>, 1)!;
    expect([...fn.ancestors()].some((path) => path.node.type === 'Program')).toBe(true);
  });

  it('does not resolve parameters, imports, reassignable variables, or non-functions', () => {
    expect(parameterOf('function f(callback) { get(url, callback); }', 'get', 1)).toBeNull();
    expect(parameterOf("import { onResponse } from './handlers';\nget(url, onResponse);", 'get', 1)).toBeNull();
    expect(parameterOf('let onResponse = (res) => {};\nget(url, onResponse);', 'get', 1)).toBeNull();
    expect(parameterOf('get(url, { agent });', 'get', 1)).toBeNull();
    expect(parameterOf('get(url);', 'get', 1)).toBeNull();
  });
});
