import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { NO_PROJECT, type ProjectQueries, type TypeQueries } from '../../src/core/rule';
import { getRejectionMethod } from './rejection-method';

/** The method for the last statement that calls `.then(…)`, in code that declares the rest. */
const methodOf = (code: string, project: ProjectQueries = NO_PROJECT, known = false) => {
  const s = parseSnippet(code);
  const statement = s.findAll((node) => node.type === 'ExpressionStatement' && code.slice(node.start!, node.end!).includes('.then(')).at(-1)!;
  return getRejectionMethod(statement, (statement.node as Node & { expression: Node }).expression, known, project);
};

const withTypes = (catchMethod: boolean | null, twoArgumentThen: boolean | null): ProjectQueries => {
  const types: TypeQueries = {
    promiseLike: () => 'thenable',
    isPromiseLike: () => true,
    hasMethod: (_node, name, count) => (name === 'catch' ? catchMethod : count === 2 ? twoArgumentThen : true),
    callSites: () => null,
    parameterType: () => null,
  };
  return { ...NO_PROJECT, types };
};

describe('getRejectionMethod', () => {
  it('`then` for a chain on a call of a function the file declares returning no native promise', () => {
    expect(methodOf('declare function load(): PromiseLike<number>;\nload().then(show);')).toBe('then');
    expect(methodOf('function load(): Thenable { return make(); }\nload().then(show).finally(done);')).toBe('then');
    expect(methodOf('function tick() { return { then(ok) { ok(1); } }; }\ntick().then(show);')).toBe('then');
    expect(methodOf('const tick = () => ({ then(ok) { ok(1); } });\ntick().then(show);')).toBe('then');
    expect(methodOf('class Store { load(): PromiseLike<void> { return q; } run() { this.load().then(show); } }')).toBe('then');
    expect(methodOf('class Store { load = (): PromiseLike<void> => q; run() { this.load().then(show); } }')).toBe('then');
    expect(methodOf('class Store { async load() {} run() { this.load().then(show); } }')).toBe('catch');
  });

  it('`catch` for a native promise, an undeclared start, `async`, `Promise<…>`, `any`, or another return', () => {
    expect(methodOf('load().then(show);')).toBe('catch');
    expect(methodOf('async function load() {}\nload().then(show);')).toBe('catch');
    expect(methodOf('function load(): Promise<number> { return p; }\nload().then(show);')).toBe('catch');
    expect(methodOf('function load(): any { return p; }\nload().then(show);')).toBe('catch');
    expect(methodOf('function load() { return fetch(url); }\nload().then(show);')).toBe('catch');
    expect(methodOf('function load(flag) { if (flag) return { then() {} }; return fetch(url); }\nload().then(show);')).toBe('catch');
    expect(methodOf('declare function load(): PromiseLike<number>;\nload().then(show);', NO_PROJECT, true)).toBe('catch');
  });

  it('the checker decides where it answers: no `catch` → `then`, neither → `none`', () => {
    expect(methodOf('load().then(show);', withTypes(false, true))).toBe('then');
    expect(methodOf('load().then(show);', withTypes(false, false))).toBe('none');
    expect(methodOf('declare function load(): PromiseLike<number>;\nload().then(show);', withTypes(true, true))).toBe('catch');
    expect(methodOf('declare function load(): PromiseLike<number>;\nload().then(show);', withTypes(null, null))).toBe('then');
  });
});
