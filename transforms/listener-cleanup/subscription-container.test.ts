import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isContainerSubscribe } from './subscription-container';

const isContainer = (code: string, callee: string) => isContainerSubscribe(parseSnippet(code).call(callee));

describe('isContainerSubscribe', () => {
  it('sees an observable handed to a container', () => {
    expect(isContainer('class A { m() { this.subs.subscribe(this.frontend.title$, (t) => t); } }', 'this.subs.subscribe')).toBe(true);
    expect(isContainer('class A { m() { this.subs.subscribe(this.resize$.pipe(auditTime(100)), f); } }', 'this.subs.subscribe')).toBe(true);
    expect(isContainer('class A { m() { subs.subscribe(subject.asObservable(), f); } }', 'subs.subscribe')).toBe(true);
    expect(isContainer('class A { m<T>(observable: Observable<T>, handler: (v: T) => void) { this.handlers.subscribe(observable, handler); } }', 'this.handlers.subscribe')).toBe(true);
    expect(isContainer('const events = new Subject<string>(); subs.subscribe(events, f);', 'subs.subscribe')).toBe(true);
    expect(isContainer('class A { private events = new Subject<string>(); m() { this.subs.subscribe(this.events, f); } }', 'this.subs.subscribe')).toBe(true);
    expect(isContainer('class A { events!: Observable<string>; m() { this.subs.subscribe(this.events, f); } }', 'this.subs.subscribe')).toBe(true);
  });

  it('leaves RxJS\'s own subscribe(next, error, complete) and an observer alone', () => {
    expect(isContainer('source$.subscribe((v) => v, (e) => e);', 'source$.subscribe')).toBe(false);
    expect(isContainer('source$.subscribe(onNext, onError);', 'source$.subscribe')).toBe(false);
    expect(isContainer('source$.subscribe(null, onError);', 'source$.subscribe')).toBe(false);
    expect(isContainer('source$.subscribe({ next: f });', 'source$.subscribe')).toBe(false);
    // A Subject is an observer: given alone it is RxJS's subscribe(observer).
    expect(isContainer('source$.subscribe(this.value$);', 'source$.subscribe')).toBe(false);
    // A first argument this code cannot see to be an observable.
    expect(isContainer('function m(x) { store.subscribe(x, f); }', 'store.subscribe')).toBe(false);
    expect(isContainer("client.subscribe('news', f);", 'client.subscribe')).toBe(false);
  });
});
