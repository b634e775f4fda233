import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { findKeyedSubscriptionEnds } from './keyed-subscription';

/** The ends findKeyedSubscriptionEnds finds for the first `….subscribe(…)` call of `code`, as text. */
function ends(code: string): string[] | null {
  const s = parseSnippet(code, 'ts');
  const subscribe = s.find((node: Node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'subscribe');
  return findKeyedSubscriptionEnds(subscribe, code)?.map((end) => code.slice(end.node.start!, end.node.end!)) ?? null;
}

describe('findKeyedSubscriptionEnds', () => {
  it('finds an end on the same object passing the same key, alone or in an array', () => {
    expect(ends('function f(subId: string) { hub.subscribe({ subId, limit: 1 }, done); hub.destroyList([ subId ]); }')).toEqual(['hub.destroyList([ subId ])']);
    expect(ends('function f() { U.S.subscribe({ subId: K.sub.lib }); } function g() { U.S.unsubscribe(K.sub.lib); }')).toEqual(['U.S.unsubscribe(K.sub.lib)']);
    // Two consts set from the same text are the same key read again.
    expect(ends('function f() { const id = getId(); hub.subscribe({ id }, done); } function g() { const id = getId(); hub.remove(id); }')).toEqual(['hub.remove(id)']);
  });

  it('finds none for another key, another object, a name that ends nothing, or a kept result', () => {
    expect(ends('function f(a: string, b: string) { hub.subscribe({ subId: a }, done); hub.destroyList([ b ]); }')).toBeNull();
    // A variable under another option's name is data handed to the hub, not its key.
    expect(ends('function f(subId: string, limit: number) { hub.subscribe({ subId: limit }, done); hub.destroyList([ limit ]); }')).toBeNull();
    expect(ends('function f(a: string, n: number) { hub.subscribe({ subId: a, limit: n }, done); hub.clear(n); }')).toBeNull();
    expect(ends('function f(subId: string) { hub.subscribe({ subId: subId }, done); hub.clear(subId); }')).toEqual(['hub.clear(subId)']);
    expect(ends("const CHECK = 'check'; function f() { hub.subscribe({ subId: CHECK, limit: 1 }); hub.destroyList([ CHECK ]); }")).toEqual(['hub.destroyList([ CHECK ])']);
    expect(ends('function f(a: string) { hub.subscribe({ subId: a }, done); other.destroyList([ a ]); }')).toBeNull();
    expect(ends('function f(a: string) { hub.subscribe({ subId: a }, done); hub.refresh(a); hub.endless(a); }')).toBeNull();
    expect(ends('function f(userId: string) { hub.subscribe({ userId }, done); hub.clearCache(userId); hub.removeItem(userId); }')).toBeNull();
    expect(ends('function f(subId: string) { hub.subscribe({ subId }, done); hub.removeById(subId); }')).toEqual(['hub.removeById(subId)']);
    expect(ends('function f(a: string) { const s = hub.subscribe({ subId: a }); hub.destroy(a); }')).toBeNull();
    expect(ends('function f(a: string) { hub.subscribe(a, done); hub.destroy(a); }')).toBeNull();
  });
});
