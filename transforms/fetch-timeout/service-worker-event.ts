/**
 * A request a service worker makes for one of its own lifecycle events — precaching in
 * `install`, a fetch for a `push` notification, a `sync` — or inside `event.waitUntil(…)`.
 *
 * The browser bounds how long such an event may keep the worker alive (the worker is stopped
 * when it runs too long), so a hang there ends with the worker; and a fixed deadline would also
 * cut a slow precache or a large download that the event is meant to wait for. The fix is a
 * `suggestion`; without a fix the finding is `medium` (issue 15: two reviewers labelled
 * mastodon's precache and push fetches not leaks). Lexical only: the request is written inside
 * the listener or the `waitUntil` argument (a helper in another file is not followed).
 *
 * The `fetch` event is not one of them: a request passed on for the page (`respondWith`) is the
 * page's own and is decided in request-deadline.ts.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { isGlobalReference } from '../../src/analysis/syntax/scope';
import { SERVICE_WORKER_GLOBALS } from './request-deadline';

const LIFECYCLE_EVENTS: ReadonlySet<string> = new Set(['install', 'activate', 'push', 'sync', 'periodicsync', 'notificationclick', 'notificationclose', 'pushsubscriptionchange', 'backgroundfetchsuccess', 'backgroundfetchfail']);

/** `'install'`, `'push'`, … or `'waitUntil'` when the request serves such an event; else `null`. */
export function findServiceWorkerEvent(path: NodePath): string | null {
  for (let current: NodePath = path, parent = path.parentPath; parent; current = parent, parent = parent.parentPath) {
    const node = parent.node;
    if (node.type === 'CallExpression' && current.key === 'arguments') {
      const callee = node.callee;
      // Case: `event.waitUntil(fetch(url))`, `event.waitUntil((async () => { … })())`
      if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'waitUntil') return 'waitUntil';
      const event = getLifecycleListenerEvent(parent, node.callee, node.arguments[0]);
      if (event && current.index === 1) return event;
    }
    // Case: `self.oninstall = (event) => { … }`
    if (node.type === 'AssignmentExpression' && current.key === 'right' && node.left.type === 'MemberExpression' && node.left.object.type === 'Identifier' && SERVICE_WORKER_GLOBALS.has(node.left.object.name)) {
      const name = getPropertyName(node.left);
      if (name?.startsWith('on') && LIFECYCLE_EVENTS.has(name.slice(2))) return name.slice(2);
    }
  }
  return null;
}

/** `self.addEventListener('install', …)` or a bare global `addEventListener('push', …)`: the event, else `null`. */
function getLifecycleListenerEvent(call: NodePath, callee: Node, first: Node | undefined): string | null {
  if (first?.type !== 'StringLiteral' || !LIFECYCLE_EVENTS.has(first.value)) return null;
  if (callee.type === 'Identifier') return callee.name === 'addEventListener' && isGlobalReference(call, 'addEventListener') ? first.value : null;
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'addEventListener') return null;
  return callee.object.type === 'Identifier' && SERVICE_WORKER_GLOBALS.has(callee.object.name) ? first.value : null;
}
