import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isSubscriberOwnedSubscription } from './subscriber-owned-subscription';

function owned(code: string, nth = 0): boolean {
  const s = parseSnippet(code);
  const calls = s.findAll((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'subscribe');
  return isSubscriberOwnedSubscription(calls[nth]!);
}

describe('isSubscriberOwnedSubscription', () => {
  it('matches the subscriber of new Observable(...) and operate(...)', () => {
    expect(owned('new Observable((subscriber) => { inner.subscribe(subscriber); });')).toBe(true);
    expect(owned('operate((source, subscriber) => { other.subscribe(subscriber); });')).toBe(true);
  });

  it('matches subscribers made from the destination, directly or through a variable', () => {
    expect(owned('operate((source, subscriber) => { source.subscribe(createOperatorSubscriber(subscriber, next)); });')).toBe(true);
    expect(owned('operate((source, subscriber) => { const inner = createOperatorSubscriber(subscriber, next); n.subscribe(inner); });')).toBe(true);
    expect(owned('operate((source, subscriber) => { let inner; n.subscribe((inner = createOperatorSubscriber(subscriber, next))); });')).toBe(true);
  });

  it('does not match plain observers or other parameters', () => {
    expect(owned('new Observable((subscriber) => { interval(1).subscribe((v) => subscriber.next(v)); });')).toBe(false);
    expect(owned('operate((source, subscriber) => { interval(1).subscribe({ next: () => {} }); });')).toBe(false);
    expect(owned('operate((source, subscriber) => { interval(1).subscribe(source); });')).toBe(false);
    expect(owned('function f(subscriber) { interval(1).subscribe(subscriber); }')).toBe(false);
    expect(owned('foo((subscriber) => { interval(1).subscribe(subscriber); });')).toBe(false);
  });
});
