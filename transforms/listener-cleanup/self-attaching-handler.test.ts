import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isSelfAttachingHandler } from './self-attaching-handler';

/** Whether the last registration of `code` is a handler adding itself to its own parameter. */
function selfAttaching(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path)).filter((call): call is ListenerCall => call !== null && call.role === 'add');
  return isSelfAttachingHandler(calls[calls.length - 1]!);
}

describe('isSelfAttachingHandler', () => {
  it('matches a class-field arrow or a named function adding itself to the object it is handed', () => {
    expect(selfAttaching('class P { #on = (s) => { s.on("attached", this.#on); }; }')).toBe(true);
    expect(selfAttaching('class P { onAttached = (s) => { s.on("attached", this.onAttached); }; }')).toBe(true);
    expect(selfAttaching('function walk(node) { node.addEventListener("child", walk); }')).toBe(true);
  });

  it('does not match another function, another object, or the parameter of another function', () => {
    expect(selfAttaching('class P { #on = (s) => { s.on("message", this.#onMessage); }; #onMessage = (m) => {}; }')).toBe(false);
    expect(selfAttaching('class P { #on = (s) => { this.root.on("attached", this.#on); }; }')).toBe(false);
    expect(selfAttaching('class P { #on = (s) => { const f = (t) => t.on("attached", this.#on); f(s); }; }')).toBe(false);
    // a handler that is a parameter of the same function is not that function
    expect(selfAttaching('function Counter({ api, onSelect }) { api.on("select", onSelect); }')).toBe(false);
  });
});
