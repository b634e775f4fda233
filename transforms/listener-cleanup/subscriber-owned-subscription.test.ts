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

  it("matches the subscriber an Observable subclass's _subscribe(subscriber) is given", () => {
    expect(owned('class S extends Subject { _subscribe(subscriber) { this._output.subscribe(subscriber); return subscriber; } }')).toBe(true);
    expect(owned('class S extends Subject { _subscribe(subscriber) { this._output.subscribe(createOperatorSubscriber(subscriber, next)); } }')).toBe(true);
  });

  it('does not match another method, another parameter of _subscribe, or a class that extends nothing', () => {
    expect(owned('class S extends Subject { subscribeTo(subscriber) { this._output.subscribe(subscriber); } }')).toBe(false);
    expect(owned('class S extends Subject { _subscribe(subscriber, other) { this._output.subscribe(other); } }')).toBe(false);
    expect(owned('class S { _subscribe(subscriber) { this._output.subscribe(subscriber); } }')).toBe(false);
  });

  it('does not match plain observers or other parameters', () => {
    expect(owned('new Observable((subscriber) => { interval(1).subscribe((v) => subscriber.next(v)); });')).toBe(false);
    expect(owned('operate((source, subscriber) => { interval(1).subscribe({ next: () => {} }); });')).toBe(false);
    expect(owned('operate((source, subscriber) => { interval(1).subscribe(source); });')).toBe(false);
    expect(owned('function f(subscriber) { interval(1).subscribe(subscriber); }')).toBe(false);
    expect(owned('foo((subscriber) => { interval(1).subscribe(subscriber); });')).toBe(false);
  });

  it('matches a let that only ever holds such a subscriber, and a local function that returns one', () => {
    expect(owned('operate((source, subscriber) => { let inner = null; source.pipe(); inner = createOperatorSubscriber(subscriber, next); n.subscribe(inner); inner = null; });')).toBe(true);
    expect(owned('operate((source, subscriber) => { const make = (s) => { const inner = createOperatorSubscriber(subscriber, s); return inner; }; n.subscribe(make(1)); });')).toBe(true);
    expect(owned('operate((source, subscriber) => { function make() { return createOperatorSubscriber(subscriber, next); } n.subscribe(make()); });')).toBe(true);
  });

  it('does not match a let that also holds a plain observer, or a function that may return one', () => {
    expect(owned('operate((source, subscriber) => { let inner = null; inner = createOperatorSubscriber(subscriber, next); inner = { next() {} }; n.subscribe(inner); });')).toBe(false);
    expect(owned('operate((source, subscriber) => { let inner = null; n.subscribe(inner); });')).toBe(false);
  });

  it('reads a reset to undefined (also chained, `conn = subject = undefined`) as emptying the variable', () => {
    expect(owned('let conn; const reset = () => { conn = subject = undefined; }; operate((source, subscriber) => { conn = new SafeSubscriber({ next: (v) => subscriber.next(v) }); source.subscribe(conn); });')).toBe(true);
    expect(owned('let conn; const reset = () => { conn = void 0; }; operate((source, subscriber) => { conn = new SafeSubscriber({}); source.subscribe(conn); });')).toBe(true);
    // a shadowed `undefined` is a value like any other; a reset to another observer is not a reset
    expect(owned('function f(undefined) { let conn; conn = undefined; conn = new SafeSubscriber({}); source.subscribe(conn); }')).toBe(false);
    expect(owned('let conn; const reset = () => { conn = subject = other; }; conn = new SafeSubscriber({}); source.subscribe(conn);')).toBe(false);
    expect(owned('operate((source, subscriber) => { const make = (s) => { if (s) return createOperatorSubscriber(subscriber, s); return (v) => log(v); }; n.subscribe(make(1)); });')).toBe(false);
    expect(owned('operate((source, subscriber) => { n.subscribe(make()); });')).toBe(false);
  });
});
