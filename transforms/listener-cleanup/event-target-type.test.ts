import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveEventTargetType } from './event-target-type';

/** The target type of the first `x.addEventListener(...)` / global `addEventListener(...)`. */
function typeOf(code: string): string | null {
  const s = parseSnippet(code, 'tsx');
  const call = s.find((node: Node) => (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && /addEventListener$/.test(code.slice(node.callee.start!, node.callee.end!)));
  const callee = (call.node as unknown as { callee: Node & { object?: Node } }).callee;
  if (!callee.object) return resolveEventTargetType(null);
  return resolveEventTargetType(call.child(callee, 'callee').child(callee.object, 'object'));
}

describe('resolveEventTargetType', () => {
  it('knows the global object and document', () => {
    expect(typeOf("addEventListener('x', f);")).toBe('Window');
    expect(typeOf("globalThis.addEventListener('x', f);")).toBe('Window');
    expect(typeOf("document.addEventListener('x', f);")).toBe('Document');
    expect(typeOf("const document = other; document.addEventListener('x', f);")).toBeNull();
  });

  it('reads declared types, constructors and ref type arguments', () => {
    expect(typeOf("function f(socket: WebSocket) { socket.addEventListener('x', g); }")).toBe('WebSocket');
    expect(typeOf("function F({ el }: { el: HTMLElement | null }) { el!.addEventListener('x', g); }")).toBe('HTMLElement');
    expect(typeOf("const source = new EventSource(u); source.addEventListener('x', g);")).toBe('EventSource');
    expect(typeOf("const ref = useRef<HTMLButtonElement>(null); ref.current?.addEventListener('x', g);")).toBe('HTMLButtonElement');
    expect(typeOf("function f(target) { target.addEventListener('x', g); }")).toBeNull();
  });

  it('reads the annotation of any variable and of a parameter property; a variable whose annotation names no type falls back to its constructor', () => {
    expect(typeOf("var el: HTMLElement = get(); el.addEventListener('x', g);")).toBe('HTMLElement');
    expect(typeOf("class C { constructor(private socket: WebSocket) { socket.addEventListener('x', g); } }")).toBe('WebSocket');
    expect(typeOf("const socket: WebSocket & Extra = new WebSocket(u); socket.addEventListener('x', g);")).toBe('WebSocket');
    expect(typeOf("function f(el: Ref<HTMLElement>) { el.addEventListener('x', g); }")).toBe('Ref');
    expect(typeOf("const ref = useRef<HTMLElement | null>(null); ref.current?.addEventListener('x', g);")).toBe('HTMLElement');
  });

  it('does not follow a named type, a qualified name or a union of two types', () => {
    expect(typeOf("interface P { el: HTMLElement } function F({ el }: P) { el.addEventListener('x', g); }")).toBeNull();
    expect(typeOf("function f(el: dom.Element) { el.addEventListener('x', g); }")).toBeNull();
    expect(typeOf("function f(el: HTMLElement | Window) { el.addEventListener('x', g); }")).toBeNull();
    expect(typeOf("function f(el: HTMLElement[]) { el[0].addEventListener('x', g); }")).toBeNull();
  });

  it('reads a type in parentheses, a quoted key, and not a computed key (as declared-type-members does)', () => {
    expect(typeOf("function f(el: (HTMLElement) | null) { el!.addEventListener('x', g); }")).toBe('HTMLElement');
    expect(typeOf("function F({ el }: { 'el': HTMLElement }) { el.addEventListener('x', g); }")).toBe('HTMLElement');
    expect(typeOf("function F({ [k]: el }: { k: HTMLElement }) { el.addEventListener('x', g); }")).toBeNull();
  });
});
