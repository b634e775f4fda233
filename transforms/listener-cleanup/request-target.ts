/**
 * listener-cleanup: a listener on the request object the same code just made — `http.get(url,
 * …).on('error', …)`, `const req = got.stream(url, …); req.on('response', …)`. A client request
 * (or got's request stream or promise) is one transfer: it ends, fails or is destroyed, and its
 * listeners go with it. Whether the transfer itself can hang is fetch-timeout's finding, not a
 * listener that outlives anything: the listener never outlives the request. Idiomatic Node
 * (`https.get(url, onResponse).on('error', onError)`), and it was reported in any class with a
 * lifecycle (misskey's download service, a NestJS provider: a high report-only finding nothing
 * could fix, since the request is a local).
 *
 * Only requests that hand back an emitter (`http`/`https` `get`/`request`, `got`), made in place
 * or kept in a `const` of a function that does not store or hand it out (a request kept in a
 * field, a module variable or returned may be listened to by others for longer).
 *
 * The browser's IndexedDB requests are the same kind of object: `indexedDB.open(name)`,
 * `db.transaction(stores)` and a store's or index's `get` / `put` / `delete` / `openCursor` …
 * (`tx.objectStore('kv').get(key)`) each make a new `IDBRequest` / `IDBTransaction` that fires
 * its terminal event (`success` / `error`, `complete` / `abort`) once and is then dropped with
 * its listeners — `request.addEventListener('success', () => resolve(request.result))` in a
 * promise executor is how IndexedDB is wrapped. The same `const` rule applies.
 *
 * Node's request idiom with any client: an `'error'` listener chained at once on a call that is
 * handed its response callback written in place — `fetch(url, options, (res) => { … }).on('error',
 * onError)`, where `fetch` is a client the code picked at run time (webpack's HTTP scheme plugin,
 * `proxyFetch(http)` or `proxyFetch(https)`). The call started one operation that answers the
 * callback; its error listener is that operation's, and the result is kept nowhere else. Not a
 * listener method's result (`bus.once('ready', (x) => …).on('error', …)` is the bus itself), and
 * only `'error'`: that is what the idiom listens for.
 */
import type { CallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { ListenerCall } from './listener-call';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { resolveHandleUsage } from '../../src/analysis/resources/handle-usage';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { getPropertyName, resolveGlobalName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';
import { LISTENER_REGISTER_METHODS } from '../../src/analysis/resources/catalog';

const EMITTING_CLIENTS = new Set(['http', 'got']);

function isRequestCall(path: NodePath): boolean {
  if (path.node.type !== 'CallExpression') return false;
  const request = resolveHttpRequestCall(path as NodePath<CallExpression>);
  return request !== null && EMITTING_CLIENTS.has(request.client);
}

/** IDBObjectStore / IDBIndex methods that each make a new `IDBRequest`. */
const IDB_REQUEST_METHODS: ReadonlySet<string> = new Set(['get', 'getAll', 'getAllKeys', 'getKey', 'put', 'add', 'delete', 'clear', 'count', 'openCursor', 'openKeyCursor']);
/** `indexedDB`'s methods that make a new `IDBOpenDBRequest`. */
const IDB_FACTORY_METHODS: ReadonlySet<string> = new Set(['open', 'deleteDatabase']);

/** The object and method name of a member call (`tx.objectStore('kv')` -> `tx`, `objectStore`). */
function calleeOf(path: NodePath): { object: NodePath; method: string } | null {
  const call = unwrapPath(path);
  const node = call.node;
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  return { object: call.child(callee, 'callee').child(callee.object, 'object'), method };
}

/** `x` is `tx.objectStore(name)` / `store.index(name)`, in place or through a `const` of the same function. */
function isStoreOrIndex(path: NodePath): boolean {
  const value = resolveLocalConstInit(path) ?? path;
  const call = calleeOf(value);
  return call !== null && (call.method === 'objectStore' || call.method === 'index');
}

/** A call that makes a new IndexedDB request or transaction. */
function isIndexedDbRequestCall(path: NodePath): boolean {
  const call = calleeOf(path);
  if (!call) return false;
  // Case: `indexedDB.open('app', 1)`, `window.indexedDB.deleteDatabase('app')`
  if (IDB_FACTORY_METHODS.has(call.method)) return resolveGlobalName(call.object, call.object.node) === 'indexedDB';
  // Case: `db.transaction('kv', 'readwrite')`
  if (call.method === 'transaction') return true;
  // Case: `tx.objectStore('kv').get(key)`, `store.index('by-date').openCursor()`
  return IDB_REQUEST_METHODS.has(call.method) && isStoreOrIndex(call.object);
}

/** The initializer of the function-local `const` `path` names (`const store = tx.objectStore('kv')`), as a path; else `null`. */
function resolveLocalConstInit(path: NodePath): NodePath | null {
  const node = unwrapExpression(path.node);
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(path, node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || binding.scope.type === 'Program' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  const scope = findAncestorPath(path, binding.scope);
  return scope ? findDescendantPath(scope, unwrapExpression(declaration.init)) : null;
}

/** `add` listens to a request made right here (in place, or through a local `const` that stays in its function). */
export function isMadeHereRequestListener(add: ListenerCall): boolean {
  // (a chain's target is already the object the chain starts from: listener-call.ts)
  if (add.family === 'event-listener' && add.target) return isLocalRequest(add.target, isIndexedDbRequestCall);
  if (add.family !== 'emitter-listener' || !add.target) return false;
  return isLocalRequest(add.target, isRequestCall) || isCallbackRequestErrorListener(add);
}

/** `object` names a function-local `const` (made with a value) that the function neither stores nor hands out. */
export function isUnsharedLocalConst(object: NodePath): boolean {
  if (!resolveLocalConstInit(object)) return false;
  const binding = findBinding(object, (unwrapExpression(object.node) as { name: string }).name)!;
  return !resolveHandleUsage({ kind: 'variable', binding }, object, { type: 'handle-method', names: [] }).escapes;
}

/** `object` is a request `isRequest` recognises, made in place or kept in a function-local `const` that is not stored or handed out. */
function isLocalRequest(object: NodePath, isRequest: (path: NodePath) => boolean): boolean {
  if (isRequest(object)) return true;
  const init = resolveLocalConstInit(object);
  if (!init || !isRequest(init)) return false;
  const binding = findBinding(object, (unwrapExpression(object.node) as { name: string }).name)!;
  return !resolveHandleUsage({ kind: 'variable', binding }, object, { type: 'handle-method', names: [] }).escapes;
}

/** Methods whose result is the object they were called on, not a new operation: the listener registrations, and `subscribe`. */
function isListenerMethod(name: string): boolean {
  return LISTENER_REGISTER_METHODS.has(name) || name === 'subscribe';
}

/** `client(url, options, (res) => …).on('error', onError)`: an error listener chained on a call handed its response callback in place. */
export function isCallbackRequestErrorListener(add: ListenerCall): boolean {
  if (!add.target || !add.event || add.event.node.type !== 'StringLiteral' || add.event.node.value !== 'error') return false;
  const call = add.target.node;
  if (call.type !== 'CallExpression') return false;
  // The listener is chained directly on the call: `f(…).on('error', …)`, not on a part of its result.
  const callee = add.call.node.callee;
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || unwrapExpression(callee.object) !== call) return false;
  const last = call.arguments[call.arguments.length - 1];
  if (!last || (last.type !== 'ArrowFunctionExpression' && last.type !== 'FunctionExpression') || last.params.length === 0) return false;
  // A plain function value (webpack's local `fetch`/`proxyFetch`): a method of a kept client
  // (`socket.emit('join', n, (ack) => …)`, `mqtt.publish(t, m, (err) => …)`) returns the client itself,
  // which then gains one more 'error' listener per call; `http.get(url, cb)` is isRequestCall's.
  const inner = unwrapExpression(call.callee);
  return inner.type === 'Identifier' && !isListenerMethod(inner.name);
}
