/**
 * A request nothing waits for: its promise (or the promise of its `.then/.catch/.finally`
 * chain) is dropped, or it is a `keepalive` request meant to finish after the page is gone.
 *
 * A hang there still holds a connection (the finding stays), but no code waits on the answer:
 * no spinner, no `await`, no step after it. Where fetch-timeout has no fix (the target lacks
 * `AbortSignal.timeout`) such a finding is `medium`: readers of held-out apps judged most of
 * them not worth a change (issue 15: analytics batches sent with `void send()`, a keep-alive
 * ping in an interval, a stylesheet re-read with a `.catch` fallback). A `keepalive` request's
 * fix is a suggestion: a deadline would cut the request the page hands over when it unloads.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findObjectProperty, getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findDescendantPath, forEachDescendant } from '../../src/analysis/syntax/descendants';
import { resolveExecutorOfFunction } from '../../src/analysis/syntax/promise-executor';
import { isStateUpdateCall } from '../../src/analysis/syntax/state-update';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';

export type UnwaitedRequest =
  | { kind: 'keepalive' }
  /** `evidence`: how the promise is dropped, for the message. */
  | { kind: 'dropped'; evidence: string };

const CHAIN_METHODS = new Set(['then', 'catch', 'finally']);
/** Callbacks whose return value nobody reads. */
const IGNORING_CALLEES = new Set(['setTimeout', 'setInterval', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback', 'addEventListener', 'on', 'once', 'forEach']);
const WRAPPERS = new Set(['ParenthesizedExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TypeCastExpression', 'AwaitExpression']);

export function findUnwaitedRequest(path: NodePath<CallExpression>, request: HttpRequestCall): UnwaitedRequest | null {
  if (isKeepalive(request)) return { kind: 'keepalive' };
  const evidence = findDroppedValue(path, 0);
  return evidence ? { kind: 'dropped', evidence } : null;
}

function isKeepalive(request: HttpRequestCall): boolean {
  if (request.options.kind !== 'object') return false;
  const property = findObjectProperty(request.options.node, 'keepalive');
  const value = property?.type === 'ObjectProperty' ? property.value : null;
  return value?.type === 'BooleanLiteral' && value.value;
}

/**
 * How the value at `path` (a promise) is dropped, or `null` when someone may read it. Follows
 * `.then/.catch/.finally` chains and, once, a local function that returns the promise and whose
 * every call in the file drops its result (`const send = () => fetch(…)` … `void send()`).
 */
function findDroppedValue(path: NodePath, depth: number): string | null {
  const callbacks: NodePath[] = [];
  const evidence = findDroppedChain(path, depth, callbacks);
  if (!evidence) return null;
  // Case: a chain inside `new Promise((resolve, reject) => …)`: the outer promise is how it is waited for
  if (path.findParent((p) => isFunction(p.node) && resolveExecutorOfFunction(p) !== null)) return null;
  // Case: `.then(() => { this.busy = false; this.sendNext(); })`: state that gates other code waits for the answer
  if (callbacks.some(writesOuterState)) return null;
  return evidence;
}

/**
 * From the request up to the expression that carries its promise: through wrappers
 * (`(fetch(url) as Promise<Response>)`; not `await`) and `.then/.catch/.finally` calls — the
 * chain's last promise is what is kept or dropped — with the paths of those calls' callbacks.
 * `null` when a chain method is read but not called.
 */
function climbRequestChain(path: NodePath): { top: NodePath; callbacks: NodePath[] } | null {
  const callbacks: NodePath[] = [];
  let current = path;
  for (;;) {
    const parent = current.parentPath;
    if (!parent) return { top: current, callbacks };
    const node = parent.node;
    if (WRAPPERS.has(node.type) && node.type !== 'AwaitExpression') {
      current = parent;
      continue;
    }
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && current.key === 'object' && CHAIN_METHODS.has(getPropertyName(node) ?? '')) {
      const call = parent.parentPath;
      if (!call || (call.node.type !== 'CallExpression' && call.node.type !== 'OptionalCallExpression') || parent.key !== 'callee') return null;
      (call.node as CallExpression).arguments.forEach((argument, index) => callbacks.push(call.child(argument, 'arguments', index)));
      current = call;
      continue;
    }
    return { top: current, callbacks };
  }
}

function findDroppedChain(path: NodePath, depth: number, callbacks: NodePath[]): string | null {
  const climbed = climbRequestChain(path);
  if (!climbed) return null;
  callbacks.push(...climbed.callbacks);
  const current = climbed.top;
  const parent = current.parentPath;
  if (!parent) return null;
  const node = parent.node;
  if (node.type === 'ExpressionStatement') return 'its promise is dropped';
  if (node.type === 'UnaryExpression' && node.operator === 'void') return 'its promise is dropped with `void`';
  // Case: `setInterval(() => fetch(ping), 10_000)`: the callback's result is not read
  if (node.type === 'ArrowFunctionExpression' && current.key === 'body') return isIgnoredCallback(parent) ? 'it is the result of a callback nobody reads' : depth === 0 ? findDroppedByCallers(parent) : null;
  if (node.type === 'ReturnStatement') {
    const fn = parent.findParent((p) => FUNCTION_TYPES.has(p.node.type));
    if (!fn) return null;
    // Case: `setInterval(() => { …; return fetch(metricsUrl, …).catch(warn); }, 10_000)`: the callback's result is not read
    if (isIgnoredCallback(fn)) return 'it is the result of a callback nobody reads';
    if (depth !== 0) return null;
    return fn.node.type === 'ClassMethod' || fn.node.type === 'ClassPrivateMethod' ? findDroppedByMethodCallers(fn) : findDroppedByCallers(fn);
  }
  return null;
}

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod', 'ClassPrivateMethod', 'ObjectMethod']);

function isFunction(node: Node): boolean {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

/**
 * The callback assigns or updates a member (`this.busy = false`, `this.queue--`) or a variable
 * declared outside it, sets React state, dispatches, or calls a method of `this`: while the
 * request hangs, that state stays as it was, and whatever reads it (a spinner, a busy flag, the
 * next batch) waits too. (An update used as a call argument, `onPlain(text, nextId++)`, hands
 * out an id.)
 */
function writesOuterState(callback: NodePath): boolean {
  const fn = callback.node;
  // Case: `.then(setItems)`, `.then(this.onLoaded)`: a function defined elsewhere may keep state; `.catch(console.warn)` does not
  if (!isFunction(fn)) return !(fn.type === 'MemberExpression' && fn.object.type === 'Identifier' && fn.object.name === 'console');
  return writesStateOutside(callback);
}

/** The function at `callback` (of any kind) keeps state outside it (writesOuterState). */
function writesStateOutside(callback: NodePath): boolean {
  let writes = false;
  forEachDescendant(callback, (path) => {
    if (writes) return false;
    const node = path.node;
    if (node.type === 'CallExpression' && isStateCall(node.callee)) {
      writes = true;
      return false;
    }
    if (node.type !== 'AssignmentExpression' && node.type !== 'UpdateExpression') return undefined;
    if (node.type === 'UpdateExpression' && path.key === 'arguments') return undefined;
    const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
    if (target.type === 'MemberExpression' || target.type === 'OptionalMemberExpression') writes = true;
    else if (target.type === 'Identifier') {
      const binding = findBinding(path, target.name);
      writes = binding !== null && !findDescendantPath(callback, binding.scope);
    }
    return undefined;
  });
  return writes;
}

/** A state update (src/analysis/syntax/state-update.ts), or any method of `this` (`this.sendNext()`). */
function isStateCall(callee: Node): boolean {
  return isStateUpdateCall(callee) || (callee.type === 'MemberExpression' && callee.object.type === 'ThisExpression');
}

function isIgnoredCallback(fn: NodePath): boolean {
  const call = fn.parentPath;
  if (!call || call.node.type !== 'CallExpression' || fn.key !== 'arguments') return false;
  const callee = call.node.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  return name !== null && IGNORING_CALLEES.has(name);
}

/** A local function (`function send()`, `const send = () => …`) whose every call drops its result. */
function findDroppedByCallers(fn: NodePath): string | null {
  if ((fn.node as { async?: boolean }).async) return null;
  const name = getLocalFunctionName(fn);
  if (!name) return null;
  const binding = findBinding(fn, name);
  if (!binding || (binding.kind !== 'const' && binding.kind !== 'function' && binding.kind !== 'let')) return null;
  // Case: `export function send()`: callers elsewhere may wait
  if (fn.parentPath?.node.type === 'ExportNamedDeclaration' || fn.parentPath?.parentPath?.parentPath?.node.type === 'ExportNamedDeclaration') return null;
  const references = findBindingReferences(fn, binding);
  if (references.length === 0) return null;
  for (const reference of references) {
    const call = reference.parentPath;
    if (!call || call.node.type !== 'CallExpression' || reference.key !== 'callee') return null;
    if (!findDroppedValue(call, 1)) return null;
  }
  return `every call of \`${name}()\` drops its promise`;
}

/**
 * A private method (TypeScript's `private send()`, or `#send()`) whose every call in its class,
 * `this.send(…)` or `other.send(…)` on another instance, drops the result (PeerTube's
 * `notifyUserIsWatching`, called from its player's event handlers and interval). A private method
 * is called only from its class, so those calls are all of them; a reference that is not such a
 * call (`setTimeout(this.send)`, `peer.send.bind(peer)`) may be read.
 */
export function findDroppedByMethodCallers(fn: NodePath): string | null {
  const method = fn.node;
  if ((method.type !== 'ClassMethod' && method.type !== 'ClassPrivateMethod') || method.async || method.static || method.kind !== 'method' || method.computed) return null;
  const key = method.key;
  const name = method.type === 'ClassPrivateMethod' ? (key.type === 'PrivateName' ? `#${key.id.name}` : null) : method.accessibility === 'private' && key.type === 'Identifier' ? key.name : null;
  if (!name) return null;
  const body = fn.parentPath;
  if (body?.node.type !== 'ClassBody') return null;
  const own = findMemberCalls(body, name, true);
  // Case: `peer.send()`, `other.#send()`: a private method may be called on another instance of
  // its class too (legal in TypeScript and for `#send`), so every such member of the class body
  // counts — a `ws.send(data)` of some other object only keeps the finding `high` (conservative).
  const others = own ? findMemberCalls(body, name, false) : null;
  if (!own || !others) return null;
  const thisCalls = own.length;
  const calls = [...own, ...others];
  if (calls.length === 0) return null;
  const called = calls.length === thisCalls ? `\`this.${name}()\`` : `\`${name}()\` in its class`;
  return calls.every((call) => findDroppedValue(call, 1) !== null) ? `every call of ${called} drops its promise` : null;
}

/**
 * The calls of the member `name` in a class body: on `this` (`onThis`; not inside a function, an
 * object's method or a nested class, which have their own `this`), or on any other object
 * (anywhere); `null` when such a member is read other than as the callee of a call.
 */
function findMemberCalls(body: NodePath, name: string, onThis: boolean): NodePath[] | null {
  const calls: NodePath[] = [];
  let other = false;
  forEachDescendant(body, (path) => {
    if (other) return false;
    const node = path.node;
    if (onThis && (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'ObjectMethod' || node.type === 'ClassExpression' || node.type === 'ClassDeclaration')) return false;
    if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || (node.object.type === 'ThisExpression') !== onThis) return undefined;
    const property = node.property;
    const referenced = property.type === 'PrivateName' ? `#${property.id.name}` : !node.computed && property.type === 'Identifier' ? property.name : null;
    if (referenced !== name) return undefined;
    const call = path.parentPath;
    if (call && (call.node.type === 'CallExpression' || call.node.type === 'OptionalCallExpression') && path.key === 'callee') calls.push(call);
    else other = true;
    return undefined;
  });
  return other ? null : calls;
}

function getLocalFunctionName(fn: NodePath): string | null {
  const node = fn.node as Node;
  if (node.type === 'FunctionDeclaration') return node.id?.name ?? null;
  const parent = fn.parentPath?.node;
  if (parent?.type === 'VariableDeclarator' && fn.key === 'init' && parent.id.type === 'Identifier') return parent.id.name;
  return null;
}

/**
 * For the project phase (dropping-callers.ts): the exported function whose callers, in this file
 * and in the files that import it, decide whether anything waits for the request — the request's
 * promise (or its `.then/.catch/.finally` chain, whose callbacks keep no state) is what the
 * function returns (`export function send() { return fetch(…); }`), or an `async` function
 * awaits it directly (`const res = await fetch(…)`) and keeps no state other code reads: it
 * assigns no member or outer variable, sets no React state, dispatches nothing and calls no method
 * of `this` (writesOuterState, as for a callback) — its promise ends with the request and says
 * nothing else. `null` otherwise (inside a `new Promise` executor, a method, a local function
 * the file alone decides: findDroppedByCallers).
 */
export function findExportedRequestFunction(path: NodePath<CallExpression>): NodePath | null {
  const climbed = climbRequestChain(path);
  if (!climbed || climbed.callbacks.some(writesOuterState)) return null;
  const current = climbed.top;
  const parent = current.parentPath;
  if (!parent) return null;
  let fn: NodePath | null = null;
  if (parent.node.type === 'ArrowFunctionExpression' && current.key === 'body') fn = parent;
  else if (parent.node.type === 'ReturnStatement' || parent.node.type === 'AwaitExpression') fn = parent.findParent((p) => FUNCTION_TYPES.has(p.node.type));
  if (!fn || !isExportedFunction(fn)) return null;
  if (path.findParent((p) => isFunction(p.node) && resolveExecutorOfFunction(p) !== null)) return null;
  const async = (fn.node as { async?: boolean }).async === true;
  // Case: `return fetch(…)` in an `async` function: its promise ends after the request like an awaited one
  if (parent.node.type === 'AwaitExpression' || async) {
    if (!async || writesStateOutside(fn)) return null;
  }
  return fn;
}

/** `export function f`, `export default function`, `export const f = () => …` / `= function () {}` at the module's top level. */
function isExportedFunction(fn: NodePath): boolean {
  const node = fn.node;
  const parent = fn.parentPath?.node;
  if (node.type === 'FunctionDeclaration') return parent?.type === 'ExportNamedDeclaration' || parent?.type === 'ExportDefaultDeclaration';
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') return false;
  if (parent?.type === 'ExportDefaultDeclaration') return true;
  const declaration = fn.parentPath?.parentPath;
  return parent?.type === 'VariableDeclarator' && fn.key === 'init' && parent.id.type === 'Identifier' && declaration?.node.type === 'VariableDeclaration' && declaration.node.kind === 'const' && declaration.parentPath?.node.type === 'ExportNamedDeclaration';
}

/** What a call of the exported function says: `null` when its promise may be read, else how it is dropped (findDroppedValue). */
export function describeDroppedCall(call: NodePath): string | null {
  return findDroppedValue(call, 1);
}
