import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveHandleResource } from './handle-resource';

function resources(code: string) {
  const s = parseSnippet(code);
  return s
    .findAll((node: Node) => node.type === 'NewExpression' || node.type === 'CallExpression')
    .map(resolveHandleResource)
    .filter((resource) => resource !== null)
    .map((resource) => `${resource!.resource.id} ${resource!.name} ${resource!.handleType}${resource!.asyncRelease ? ' async' : ''}`);
}

describe('resolveHandleResource', () => {
  it('knows the global constructors, also through the global object', () => {
    expect(resources('new ResizeObserver(f); new window.IntersectionObserver(f); new WebSocket(u); new EventSource(u); new BroadcastChannel(n); new Worker(u); new AbortController();')).toEqual([
      'observer ResizeObserver ResizeObserver',
      'observer IntersectionObserver IntersectionObserver',
      'connection WebSocket WebSocket',
      'connection EventSource EventSource',
      'connection BroadcastChannel BroadcastChannel',
      'worker Worker Worker',
      'abort-controller AbortController AbortController',
    ]);
  });

  it('knows the Node modules that provide them, not a project class of the same name', () => {
    expect(resources("import { Worker as W } from 'node:worker_threads'; import WS from 'ws'; new W(f); new WS(u);")).toEqual(['worker Worker W async', 'connection WebSocket WS']);
    expect(resources("import { WebSocket } from './socket'; class Worker {} new WebSocket(u); new Worker();")).toEqual([]);
  });

  it('knows fs.watch and chokidar.watch, not a global watch()', () => {
    expect(resources("import fs from 'fs'; import { watch } from 'chokidar'; fs.watch(d); watch(d);")).toEqual([
      'fs-watcher watch ReturnType<typeof fs.watch>',
      'fs-watcher watch ReturnType<typeof watch> async',
    ]);
    expect(resources("watch(d); import('fs/promises').then((m) => m.watch(d));")).toEqual([]);
  });

  it('takes any .subscribe() for a subscription, not a push subscription', () => {
    expect(resources('store.subscribe(f); this.route.params.subscribe(f); registration.pushManager.subscribe(o);')).toEqual([
      'subscription subscribe { unsubscribe: () => void }',
      'subscription subscribe { unsubscribe: () => void }',
    ]);
  });
});
