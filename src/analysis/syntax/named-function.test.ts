import { describe, expect, it } from 'vitest';
import type { CallExpression, Node } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveFunctionReference } from './named-function';

/** What the first argument of the call `use(…)` names, as the source text of the function found (or `null`). */
function resolved(code: string, members: 'methods' | 'fields' | null): string | null {
  const snippet = parseSnippet(code);
  const call = snippet.call('use');
  const fn: Node | null = resolveFunctionReference(call, (call.node as CallExpression).arguments[0] as Node, members);
  return fn ? code.slice(fn.start!, fn.end!) : null;
}

describe('resolveFunctionReference', () => {
  it('finds a declared function or a const holding one, by its own name', () => {
    expect(resolved('function f(a) {} use(f);', null)).toBe('function f(a) {}');
    expect(resolved('const g = (a) => a; use(g);', null)).toBe('(a) => a');
    expect(resolved('const h = function (a) {}; use(h);', null)).toBe('function (a) {}');
  });
  it('rejects a parameter, a let, and a value that is not a function', () => {
    expect(resolved('function f(handler) { use(handler); }', null)).toBeNull();
    expect(resolved('let g = () => 1; use(g);', null)).toBeNull();
    expect(resolved('const k = make(); use(k);', null)).toBeNull();
  });
  it("finds `this.<name>`: a method with 'methods', a field holding a function with 'fields'", () => {
    const code = 'class A { m(x) {} #f = (s) => s; static s() {} run() { use(this.m); use(this.#f); use(this.s); } }';
    const snippet = parseSnippet(code);
    const [m, f, s] = snippet.findAll((node) => node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'use');
    const text = (fn: Node | null) => (fn ? code.slice(fn.start!, fn.end!) : null);
    expect(text(resolveFunctionReference(m!, (m!.node as CallExpression).arguments[0] as Node, 'methods'))).toBe('m(x) {}');
    expect(text(resolveFunctionReference(m!, (m!.node as CallExpression).arguments[0] as Node, 'fields'))).toBeNull();
    expect(text(resolveFunctionReference(f!, (f!.node as CallExpression).arguments[0] as Node, 'fields'))).toBe('(s) => s');
    expect(text(resolveFunctionReference(f!, (f!.node as CallExpression).arguments[0] as Node, null))).toBeNull();
    expect(text(resolveFunctionReference(s!, (s!.node as CallExpression).arguments[0] as Node, 'methods'))).toBeNull();
  });
});
