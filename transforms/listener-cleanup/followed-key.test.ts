import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isFollowedKeyListener } from './followed-key';

/** Whether the first add of `code` follows a changing key, among the removals of `code`. */
function followed(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path)).filter((call): call is ListenerCall => call !== null);
  const add = calls.find((call) => call.role === 'add')!;
  return isFollowedKeyListener(add, calls.filter((call) => call.role === 'remove'), code);
}

const CLASS = (view: string, end: string) => `class Panel {\n  view(id) {\n${view}\n  }\n  dispose() {\n${end}\n  }\n}`;

describe('isFollowedKeyListener', () => {
  it('matches an event computed from a value, removed for the old value before the add and for the kept one elsewhere', () => {
    expect(followed(CLASS('bus.off(key(this.id), this.f); bus.on(key(id), this.f); this.id = id;', 'bus.off(key(this.id), this.f);'))).toBe(true);
    expect(followed(CLASS('bus.off(`room:${this.id}`, this.f); bus.on(`room:${id}`, this.f); this.select(id);', 'bus.off(`room:${this.id}`, this.f);'))).toBe(true);
    expect(followed(CLASS('Store.instance.off(Store.forRoom(old), this.f); Store.instance.on(Store.forRoom(id), this.f);', 'Store.instance.off(Store.forRoom(room), this.f);'))).toBe(true);
  });

  it('does not match without the removal before the add, without one elsewhere, or for another handler, object or key', () => {
    expect(followed(CLASS('bus.on(key(id), this.f); this.id = id;', 'bus.off(key(this.id), this.f);'))).toBe(false);
    expect(followed(CLASS('bus.off(key(this.id), this.f); bus.on(key(id), this.f); this.id = id;', ''))).toBe(false);
    expect(followed(CLASS('bus.on(key(id), this.f); bus.off(key(this.id), this.f);', 'bus.off(key(this.id), this.f);'))).toBe(false);
    expect(followed(CLASS('bus.off(key(this.id), this.g); bus.on(key(id), this.f);', 'bus.off(key(this.id), this.f);'))).toBe(false);
    expect(followed(CLASS('other.off(key(this.id), this.f); bus.on(key(id), this.f);', 'bus.off(key(this.id), this.f);'))).toBe(false);
    expect(followed(CLASS('bus.off(name(this.id), this.f); bus.on(key(id), this.f);', 'bus.off(key(this.id), this.f);'))).toBe(false);
    expect(followed(CLASS('bus.off(`a:${this.id}`, this.f); bus.on(`b:${id}`, this.f);', 'bus.off(`b:${this.id}`, this.f);'))).toBe(false);
    // a fixed event name is matched as written, not followed
    expect(followed(CLASS('bus.off("x", this.f); bus.on("x", this.f);', 'bus.off("x", this.f);'))).toBe(false);
  });
});
