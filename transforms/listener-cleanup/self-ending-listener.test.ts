import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isTerminalEvent, resolveSelfEnding } from './self-ending-listener';

function listeners(code: string) {
  const s = parseSnippet(code);
  const calls = s.findAll((node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path as NodePath<CallExpression>)).filter((call): call is ListenerCall => call !== null);
  return { adds: calls.filter((call) => call.role === 'add'), removes: calls.filter((call) => call.role === 'remove') };
}

function selfEnding(code: string) {
  const { adds, removes } = listeners(code);
  return resolveSelfEnding(adds[0]!, removes);
}

describe('resolveSelfEnding', () => {
  it('reads { once: true }, directly or through a const', () => {
    expect(selfEnding("w.addEventListener('load', f, { once: true });")).toBe('once');
    expect(selfEnding("const O = { once: true }; w.addEventListener('load', f, O);")).toBe('once');
    expect(selfEnding("w.addEventListener('load', f, { once: false });")).toBe(null);
  });

  it("reads an event the page fires once on the global that fires it: DOMContentLoaded, the window's load", () => {
    expect(selfEnding("document.addEventListener('DOMContentLoaded', f);")).toBe('one-time-event');
    expect(selfEnding("window.addEventListener('load', f);")).toBe('one-time-event');
    expect(selfEnding("addEventListener('load', f);")).toBe('one-time-event');
    // An image's load fires again for each new src; a local `document` is not the page's.
    expect(selfEnding("img.addEventListener('load', f);")).toBe(null);
    expect(selfEnding("document.addEventListener('visibilitychange', f);")).toBe(null);
    expect(selfEnding("function g(document) { document.addEventListener('DOMContentLoaded', f); }")).toBe(null);
  });

  it('finds a handler that removes itself from the same target, the event target or this', () => {
    expect(selfEnding("function h() { w.removeEventListener('x', h); } w.addEventListener('x', h);")).toBe('self-removing');
    expect(selfEnding("const h = (e) => { e.target.removeEventListener('x', h); }; m.addEventListener('x', h);")).toBe('self-removing');
    expect(selfEnding("function h() { this.removeEventListener('x', h); } m.addEventListener('x', h);")).toBe('self-removing');
    expect(selfEnding("function h(event) { const m = event.target; m.removeEventListener('x', h); } n.addEventListener('x', h);")).toBe('self-removing');
    expect(selfEnding("const h = () => { e.off('x', h); }; e.on('x', h);")).toBe('self-removing');
  });

  it('does not count a removal of another target, event or handler, or one outside the handler', () => {
    expect(selfEnding("function h() { document.removeEventListener('x', h); } window.addEventListener('x', h);")).toBe(null);
    expect(selfEnding("function h() { w.removeEventListener('y', h); } w.addEventListener('x', h);")).toBe(null);
    expect(selfEnding("function h() { w.removeEventListener('x', g); } w.addEventListener('x', h);")).toBe(null);
    expect(selfEnding("const h = () => { this.removeEventListener('x', h); }; m.addEventListener('x', h);")).toBe(null);
  });
});

describe('isTerminalEvent', () => {
  it('knows the events that end an object', () => {
    const { adds } = listeners("a.addEventListener('dispose', f); const E = 'close'; b.on(E, f); c.on('data', f);");
    expect(adds.map(isTerminalEvent)).toEqual([true, true, false]);
  });
});
