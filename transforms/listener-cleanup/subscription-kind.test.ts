import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { isSelfCompletingSubscription, resolveSubscriptionKind } from './subscription-kind';

function sourceOf(code: string) {
  const s = parseSnippet(code);
  const call = s.findAll((node: Node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'subscribe').pop()!;
  const callee = call.child((call.node as { callee: Node & { object: Node } }).callee, 'callee');
  return { source: callee.child((callee.node as { object: Node }).object, 'object'), program: s.ast.program };
}

describe('isSelfCompletingSubscription', () => {
  it('knows the operators that complete a chain', () => {
    const completes = (code: string) => isSelfCompletingSubscription(sourceOf(code).source);
    expect(completes("import { take } from 'rxjs'; a$.pipe(take(1)).subscribe(f);")).toBe(true);
    expect(completes("import { first as once, map } from 'rxjs'; a$.pipe(map(g), once()).subscribe(f);")).toBe(true);
    expect(completes('a$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(f);')).toBe(true);
    expect(completes('a$.pipe(op.takeUntil(stop$)).pipe(map(g)).subscribe(f);')).toBe(true);
    expect(completes('a$.pipe(takeWhile((x) => x < 3)).subscribe(f);')).toBe(true);
    expect(completes("import { untilDestroyed } from '@ngneat/until-destroy';\na$.pipe(untilDestroyed(this), map(f)).subscribe(f);")).toBe(true);
    expect(completes("import { map } from 'rxjs'; a$.pipe(map(g)).subscribe(f);")).toBe(false);
    expect(completes('a$.subscribe(f);')).toBe(false);
  });
});

describe('resolveSubscriptionKind', () => {
  it('tells RxJS subscriptions from stores that return their unsubscribe function', () => {
    const kind = (code: string, options = {}) => {
      const { source, program } = sourceOf(code);
      return resolveSubscriptionKind(source, program, options);
    };
    expect(kind('a.pipe(map(f)).subscribe(g);')).toBe('rxjs');
    expect(kind('this.items$.subscribe(g);')).toBe('rxjs');
    expect(kind("import { interval } from 'rxjs'; ticks.subscribe(g);")).toBe('rxjs');
    expect(kind('service.changes.subscribe(g);', { angular: true })).toBe('rxjs');
    expect(kind("import { writable } from 'svelte/store'; count.subscribe(g);")).toBe('function');
    expect(kind("import { onMount } from 'svelte'; count.subscribe(g);")).toBe('function');
    expect(kind("import { createStore } from 'redux'; store.subscribe(g);")).toBe('function');
    expect(kind('count.subscribe(g);', { svelte: true })).toBe('function');
    expect(kind('store.subscribe(g);')).toBe('unknown');
  });

  it('tells a message broker topic from an observable', () => {
    const kind = (code: string, options = {}) => {
      const { source, program } = sourceOf(code);
      return resolveSubscriptionKind(source, program, options);
    };
    expect(kind("client.subscribe('news/#', (err) => log(err));")).toBe('topic');
    expect(kind('client.subscribe(`rooms/${id}`);')).toBe('topic');
    expect(kind('client.subscribe(topic, { qos: 1 }, (err, granted) => log(granted));')).toBe('topic');
    expect(kind("import { interval } from 'rxjs'; client.subscribe(topic, (err) => log(err));")).toBe('rxjs');
    expect(kind("import { interval } from 'rxjs'; client.subscribe('x');")).toBe('topic');
    expect(kind('store.subscribe((s) => log(s), (err) => log(err));')).toBe('unknown');
    expect(kind('store.subscribe({ next: f }, (err) => log(err));')).toBe('unknown');
    expect(kind('store.subscribe(undefined, (err) => log(err));')).toBe('unknown');
  });

  it('takes one object of plain data for a request, and one with callbacks for an observer', () => {
    const kind = (code: string) => {
      const { source, program } = sourceOf(code);
      return resolveSubscriptionKind(source, program);
    };
    expect(kind('hub.subscribe({ user, client: this, topic: t });')).toBe('request');
    expect(kind("import { of } from 'rxjs'; hub.subscribe({ channel: 'a', since: 3 });")).toBe('request');
    expect(kind('feed.subscribe({ next: (v) => log(v) });')).toBe('unknown');
    expect(kind("import { of } from 'rxjs'; feed.subscribe({ next: (v) => log(v) });")).toBe('rxjs');
    expect(kind('feed.subscribe({ onData: render });')).toBe('unknown');
    expect(kind('feed.subscribe({ topic: t, done: callback });')).toBe('unknown');
    expect(kind('feed.subscribe({ topic: t, receive(v) { log(v); } });')).toBe('unknown');
    expect(kind('feed.subscribe({ topic: t, receive: (v) => log(v) });')).toBe('unknown');
    expect(kind('feed.subscribe({ ...options });')).toBe('unknown');
    expect(kind('feed.subscribe({});')).toBe('unknown');
    expect(kind('void hub.subscribe({ topic: t });')).toBe('request');
    expect(kind('const feed = client.subscribe({ query: q });')).toBe('unknown');
  });
});
