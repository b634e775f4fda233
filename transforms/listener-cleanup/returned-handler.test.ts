import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isHandlerReturned } from './returned-handler';

/** Whether the first registration of `code` hands its handler back to the caller. */
function returned(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path)).filter((call): call is ListenerCall => call !== null && call.role === 'add');
  return isHandlerReturned(calls[0]!);
}

describe('isHandlerReturned', () => {
  it('matches a local handler the adding function returns, alone or in an array or object literal', () => {
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); return h; }')).toBe(true);
    expect(returned('items.map((i) => { const h = () => i; document.body.addEventListener("click", h); return [i, h]; });')).toBe(true);
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); return { h }; }')).toBe(true);
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); return { row: { off: h } }; }')).toBe(true);
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); return (h as () => void); }')).toBe(true);
  });

  it('does not match a handler kept nowhere, a module-level one, one returned by a nested function, or another variable', () => {
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); return 1; }')).toBe(false);
    expect(returned('function h() {} function f() { window.addEventListener("x", h); return h; }')).toBe(false);
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); return () => h; }')).toBe(false);
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); return [...list]; }')).toBe(false);
    expect(returned('function f() { const h = () => {}; window.addEventListener("x", h); { const h = 1; return h; } }')).toBe(false);
    expect(returned('function f() { window.addEventListener("x", () => {}); return null; }')).toBe(false);
  });
});
