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
 *
 * Without a fix, confidence reads the whole file (describeServiceWorkerModule): any request of a
 * service worker's code is bounded by the worker's lifetime, wherever it is written.
 */
import type { Node, Program } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getProgram } from '../../src/core/node-helpers';
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

/** Members only a service worker's global scope has (`self.registration.showNotification(…)`, `self.clients.claim()`). */
const WORKER_SCOPE_MEMBERS: ReadonlySet<string> = new Set(['registration', 'clients', 'skipWaiting']);
/** Types of a service worker's events and scope (lib.webworker.d.ts). */
const WORKER_TYPES: ReadonlySet<string> = new Set(['ServiceWorkerGlobalScope', 'FetchEvent', 'ExtendableEvent', 'ExtendableMessageEvent', 'PushEvent', 'NotificationEvent', 'SyncEvent', 'PeriodicSyncEvent', 'BackgroundFetchEvent', 'BackgroundFetchUpdateUIEvent', 'PushSubscriptionChangeEvent']);

/**
 * Why the file is a service worker's code, for a message (`it listens for \`install\``), or
 * `null`. A service worker runs only while an event keeps it alive, and the browser stops one
 * whose event runs too long (Chrome after 5 minutes, Firefox sooner): no request made there,
 * in a listener or in a helper a listener calls, waits for ever. The file shows it: it listens
 * for a service worker's event (`self.addEventListener('fetch' | 'install' | …)`, `self.onpush =
 * …`), uses what only a service worker's scope has (`self.registration`, `self.clients`,
 * `self.skipWaiting()`), or names one of its types (`event: FetchEvent`, `declare const self:
 * ServiceWorkerGlobalScope`) — a module the worker imports (mastodon's `caching.ts`).
 */
export function describeServiceWorkerModule(path: NodePath): string | null {
  const program = getProgram(path);
  if (!program) return null;
  const cached = workerModules.get(program);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  const declared = getDeclaredTypeNames(program);
  forEachNode(program, (node) => {
    if (found) return false;
    found = describeWorkerEvidence(path, node, declared);
    return undefined;
  });
  workerModules.set(program, found);
  return found;
}

const workerModules = new WeakMap<Program, string | null>();

/** Names the file declares or imports at its top level (`interface FetchEvent { … }`): not the global types. */
function getDeclaredTypeNames(program: Program): Set<string> {
  const names = new Set<string>();
  for (const raw of program.body) {
    const statement = (raw.type === 'ExportNamedDeclaration' || raw.type === 'ExportDefaultDeclaration') && raw.declaration ? raw.declaration : raw;
    if (statement.type === 'ImportDeclaration') statement.specifiers.forEach((specifier) => names.add(specifier.local.name));
    else if ((statement.type === 'TSInterfaceDeclaration' || statement.type === 'TSTypeAliasDeclaration' || statement.type === 'ClassDeclaration') && statement.id) names.add(statement.id.name);
  }
  return names;
}

function describeWorkerEvidence(path: NodePath, node: Node, declared: ReadonlySet<string>): string | null {
  if (node.type === 'CallExpression') {
    const [first] = node.arguments;
    if (first?.type !== 'StringLiteral' || (first.value !== 'fetch' && !LIFECYCLE_EVENTS.has(first.value))) return null;
    const callee = node.callee;
    const listens =
      callee.type === 'Identifier'
        ? callee.name === 'addEventListener' && isGlobalReference(path, 'addEventListener')
        : callee.type === 'MemberExpression' && getPropertyName(callee) === 'addEventListener' && callee.object.type === 'Identifier' && SERVICE_WORKER_GLOBALS.has(callee.object.name) && isGlobalReference(path, callee.object.name);
    return listens ? `it listens for the \`${first.value}\` event` : null;
  }
  if (node.type === 'MemberExpression' && node.object.type === 'Identifier' && node.object.name === 'self' && isGlobalReference(path, 'self')) {
    const name = getPropertyName(node);
    if (name && WORKER_SCOPE_MEMBERS.has(name)) return `it uses \`self.${name}\``;
    if (name?.startsWith('on') && (name === 'onfetch' || LIFECYCLE_EVENTS.has(name.slice(2)))) return `it sets \`self.${name}\``;
    return null;
  }
  if (node.type === 'TSTypeReference' && node.typeName.type === 'Identifier' && WORKER_TYPES.has(node.typeName.name) && !declared.has(node.typeName.name)) {
    return `it names the type \`${node.typeName.name}\``;
  }
  return null;
}
