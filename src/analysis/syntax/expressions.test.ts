import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { getCalleeName, getMemberChain, resolveGlobalName } from './expressions';

describe('resolveGlobalName', () => {
  it('sees through global objects and type wrappers', () => {
    const s = parseSnippet('window.fetch(a); globalThis["setInterval"](f); (setInterval as any)(f, 1); self.fetch!(a);');
    const names = s.findAll((n) => n.type === 'CallExpression').map((p) => resolveGlobalName(p, (p.node as CallExpression).callee));
    expect(names).toEqual(['fetch', 'setInterval', 'setInterval', 'fetch']);
  });

  it('rejects shadowed names and shadowed global objects', () => {
    const s = parseSnippet('function f(window, fetch) { window.fetch(a); fetch(a); }');
    const names = s.findAll((n) => n.type === 'CallExpression').map((p) => resolveGlobalName(p, (p.node as CallExpression).callee));
    expect(names).toEqual([null, null]);
  });
});

describe('getMemberChain', () => {
  it('prints plain chains only', () => {
    const s = parseSnippet('a.b.c(); this.x.y(); a[b].c();');
    const chains = s.findAll((n) => n.type === 'CallExpression').map((p) => getMemberChain((p.node as CallExpression).callee));
    expect(chains).toEqual(['a.b.c', 'this.x.y', null]);
  });
});

describe('getCalleeName', () => {
  it("reads a call's function name or method name", () => {
    const s = parseSnippet("class C { #p() {} r() { f(); a.b.m(); a?.n(); this.#p(); a['q'](); a[k](); (() => 1)(); } }");
    const names = s.findAll((n) => n.type === 'CallExpression' || n.type === 'OptionalCallExpression').map((p) => getCalleeName((p.node as CallExpression).callee));
    expect(names).toEqual(['f', 'm', 'n', '#p', 'q', null, null]);
  });
});
