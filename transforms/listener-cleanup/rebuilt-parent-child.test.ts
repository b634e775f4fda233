import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { findRebuiltParent } from './rebuilt-parent-child';

/** Where the first registration's parent is rebuilt (see rebuilt-parent-child.ts). */
function rebuilt(code: string): ReturnType<typeof findRebuiltParent> {
  const s = parseSnippet(code, 'ts');
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path)).filter((call): call is ListenerCall => call !== null && call.role === 'add');
  return findRebuiltParent(calls[0]!.target);
}

describe('findRebuiltParent', () => {
  it('finds the replacement in the same function, before the add call', () => {
    expect(rebuilt('function show() { list.innerHTML = html; list.firstElementChild.addEventListener("click", f); }')).toBe('same-function');
    expect(rebuilt('function show() { box.el.replaceChildren(row); box.el.children[0].addEventListener("click", f); }')).toBe('same-function');
    expect(rebuilt('function show() { list.textContent = ""; if (ok) { list.querySelector("a").addEventListener("click", f); } }')).toBe('same-function');
  });

  it('finds it before every call of the function, also through a variable stored in the parent', () => {
    expect(rebuilt('function bind() { p.el.firstElementChild.addEventListener("click", f); } p.el.innerHTML = h; bind(); on("x", () => { p.el.innerHTML = h; bind(); });')).toBe('every-caller');
    expect(rebuilt('const p = { bind() { p.el.lastChild.addEventListener("click", f); }, mount(root) { p.el = root; root.innerHTML = h; if (a) p.bind(); } };')).toBe('every-caller');
  });

  it('does not match a call without the replacement, a conditional or undone replacement, a loop, a function handed on, or another kind of target', () => {
    expect(rebuilt('function bind() { p.el.firstElementChild.addEventListener("click", f); } p.el.innerHTML = h; bind(); on("x", () => bind());')).toBe(null);
    expect(rebuilt('function bind() { p.el.firstElementChild.addEventListener("click", f); } if (a) p.el.innerHTML = h; bind();')).toBe(null);
    expect(rebuilt('function bind() { p.el.firstElementChild.addEventListener("click", f); } p.el.innerHTML = h; p.el = other; bind();')).toBe(null);
    expect(rebuilt('function bind() { p.el.firstElementChild.addEventListener("click", f); } p.el.innerHTML = h; for (const x of xs) bind();')).toBe(null);
    expect(rebuilt('function bind() { p.el.firstElementChild.addEventListener("click", f); } p.el.innerHTML = h; bind(); on("x", bind);')).toBe(null);
    expect(rebuilt('function bind() { p.el.addEventListener("click", f); } p.el.innerHTML = h; bind();')).toBe(null);
    expect(rebuilt('function bind() { p.el.firstElementChild.addEventListener("click", f); }')).toBe(null);
    expect(rebuilt('class A { bind() { this.el.firstElementChild.addEventListener("click", f); } show(b) { this.el.innerHTML = h; b.bind(); } }')).toBe(null);
    expect(rebuilt('class A { show() { this.el.innerHTML = h; this.el.firstElementChild.addEventListener("click", f); } }')).toBe('same-function');
    expect(rebuilt('function show() { list.firstElementChild.addEventListener("click", f); list.innerHTML = html; }')).toBe(null);
  });
});
