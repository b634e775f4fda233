import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { getResolvedPromiseKind } from './resolved-promise';

/** The kind of the last call of `callee` in `code`. */
const kind = (code: string, callee: string) => {
  const snippet = parseSnippet(code, 'js');
  const calls = snippet.findAll((node) => node.type === 'CallExpression' && code.slice(node.callee.start!, node.callee.end!) === callee);
  const call = calls[calls.length - 1]!;
  return getResolvedPromiseKind(call, call.node);
};

describe('getResolvedPromiseKind', () => {
  it('knows a promise resolved with a plain value', () => {
    expect(kind('Promise.resolve();', 'Promise.resolve')).toBe('settled');
    expect(kind("Promise.resolve('ok');", 'Promise.resolve')).toBe('settled');
    expect(kind('Promise.resolve([1, 2]);', 'Promise.resolve')).toBe('settled');
    expect(kind('Promise.resolve({ ok: true });', 'Promise.resolve')).toBe('settled');
  });

  it('leaves a value that may be a thenable, and a shadowed Promise', () => {
    expect(kind('Promise.resolve(task);', 'Promise.resolve')).toBe(null);
    expect(kind('Promise.resolve(load());', 'Promise.resolve')).toBe(null);
    expect(kind('Promise.resolve({ then() {} });', 'Promise.resolve')).toBe(null);
    expect(kind('Promise.resolve({ ...options });', 'Promise.resolve')).toBe(null);
    expect(kind('const Promise = Q; Promise.resolve();', 'Promise.resolve')).toBe(null);
  });

  it('follows a plain function of the file, not an async one or one with another return', () => {
    expect(kind('function ready() { log(); return Promise.resolve(); } ready();', 'ready')).toBe('settled');
    expect(kind('const ready = () => Promise.resolve(null); ready();', 'ready')).toBe('settled');
    expect(kind('async function ready() { return Promise.resolve(); } ready();', 'ready')).toBe(null);
    expect(kind('function ready(x) { if (x) return load(); return Promise.resolve(); } ready();', 'ready')).toBe(null);
    expect(kind('function ready() { log(); } ready();', 'ready')).toBe(null);
  });

  it('tells a private method from a public one a subclass may override', () => {
    const code = 'class A { #mark() { return Promise.resolve(); } open() { return Promise.resolve(); } run() { this.#mark(); this.open(); } }';
    expect(kind(code, 'this.#mark')).toBe('settled');
    expect(kind(code, 'this.open')).toBe('overridable');
  });
});
