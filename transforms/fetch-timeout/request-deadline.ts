/**
 * Does an HTTP request (see `http-request-call.ts`) already have a deadline or a way to be
 * cancelled? Looks at the options object (or the `const` literal it names), at chains such as
 * `.timeout(ms)` and `req.setTimeout(ms, …)`, at `axios.defaults.timeout = …` in the file, at
 * the signal a `Request` input carries, and at a promise around it that a timer rejects; and
 * at a service worker passing the page's own request on (`fetch(event.request)`), which the
 * page's cancellation already ends.
 */
import type { CallExpression, Identifier, Node, ObjectExpression, Program } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { findObjectProperty, getMemberChain, getPropertyName, hasSpread, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findBinding, isFunctionNode, isGlobalReference } from '../../src/analysis/syntax/scope';
import { getProgram, isInsideNode, isLoopType } from '../../src/core/node-helpers';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { NO_PROJECT, type ProjectQueries } from '../../src/core/rule';
import { hasDeadlineFromOptionsFactory } from './options-factory';
import { resolvePlatformFunction } from '../../src/analysis/resources/platform-function';

/** The request has a deadline or cancellation this analysis can see. */
export function isRequestBounded(path: NodePath<CallExpression>, request: HttpRequestCall, project: ProjectQueries = NO_PROJECT): boolean {
  if (isFollowedByTimeoutChain(path)) return true;
  if ((request.client === 'axios' || request.client === 'axios-create') && isCoveredByAxiosDefaults(path, request)) return true;
  if (request.client === 'http' && hasManualHttpTimeout(path)) return true;
  if (isInsideTimedPromise(path)) return true;
  const { options } = request;
  // Case: `fetch(url, { signal })`, `axios.get(url, { timeout })`
  // (also `{ ...(await getGotOptions()), headers }`, a function whose every returned object has the key: options-factory.ts)
  if (options.kind === 'object') return hasAnyKey(options.node, request.deadlineKeys) || options.node.properties.some((property) => property.type === 'SpreadElement' && hasDeadlineFromOptionsFactory(path, property.argument, request.deadlineKeys, project));
  // Case: `const init = { signal }; fetch(url, init)` (a spread there may carry one too)
  if (options.kind === 'expression') {
    const literal = findConstObjectLiteral(path, options.node);
    if (literal !== null && (hasSpread(literal) || hasAnyKey(literal, request.deadlineKeys))) return true;
    // Case: `let options = { method }; options = Object.assign(options, { signal: controller.signal }); fetch(url, options)`
    if (hasDeadlineKeyWritten(path, options.node, request.deadlineKeys)) return true;
    // Case: `got(url, await getGotOptions())`
    return hasDeadlineFromOptionsFactory(path, options.node, request.deadlineKeys, project);
  }
  // Case: `const req = axiosRequestMake(meta); axios(req)`: one argument that may be a URL or a
  // config, made by a function whose every returned object writes a deadline key: a config with
  // that deadline (a URL is no object) — nocodb's webhook call, whose maker sets `timeout: 30 * 1000`
  if (options.kind === 'unknown' && hasDeadlineFromOptionsFactory(path, options.node, request.deadlineKeys, project)) return true;
  // Case: `fetch(new Request(url, { signal }))`
  if (!isFetchFamily(request)) return false;
  const input = findRequestInputSignal(path, request);
  return input === 'inline' || (input !== null && path.node.arguments.length === 1 && isPassedOnRequest(path) && (isServiceWorkerScript(path) || isFetchEventRequest(path, path.node.arguments[0]!, 0)));
}

/**
 * The options variable gets a deadline key written into it before the request, on the way to
 * it: `options.signal = controller.signal`, or `Object.assign(options, { signal: controller.signal })`
 * (also as `options = Object.assign(options, { … })`) — a Matrix client builds its fetch options
 * that way, adding the signal only where `AbortController` exists. Only the variable itself, not
 * a copy (`Object.assign({}, options, { signal })` writes into a new object), and only a write
 * that runs before the request whenever the request runs (see `isWriteOnWayToRequest`): a write
 * after the request, in a nested function or in a branch apart from it bounds nothing.
 */
function hasDeadlineKeyWritten(path: NodePath, node: Node, deadlineKeys: readonly string[]): boolean {
  const name = unwrapExpression(node);
  if (name.type !== 'Identifier') return false;
  const binding = findBinding(path, name.name);
  if (!binding || binding.kind === 'param' || binding.declaration.type !== 'VariableDeclarator') return false;
  return findBindingReferences(path, binding).some((reference) => {
    const value = readWrittenDeadline(reference, deadlineKeys);
    return value !== null && isWriteOnWayToRequest(reference, path, value);
  });
}

/** The deadline value a reference to the options writes in (`options.signal = value`, `Object.assign(options, { signal: value })`), else `null`. */
function readWrittenDeadline(reference: NodePath, deadlineKeys: readonly string[]): Node | null {
  const parent = reference.parent;
  // Case: `options.signal = controller.signal`
  if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && parent.object === reference.node) {
    const key = getPropertyName(parent);
    const assignment = reference.parentPath?.parent;
    return key !== null && deadlineKeys.includes(key) && assignment?.type === 'AssignmentExpression' && assignment.left === parent ? assignment.right : null;
  }
  // Case: `Object.assign(options, { signal })`
  if (parent?.type !== 'CallExpression' || parent.arguments[0] !== reference.node || getMemberChain(parent.callee) !== 'Object.assign') return null;
  for (const source of parent.arguments.slice(1)) {
    if (source.type !== 'ObjectExpression') continue;
    for (const key of deadlineKeys) {
      const property = findObjectProperty(source, key);
      if (property) return property;
    }
  }
  return null;
}

/**
 * The write runs before the request whenever the request runs: it comes first in source order,
 * in the same function (not a callback), and every construct between it and the code it shares
 * with the request runs it unconditionally — not a branch of an `if`, `?:`, `&&`, `switch` or
 * `catch`, nor a loop body. A write after the request (`fetch(url, options); options.signal = s;
 * fetch(url, options)`) bounds only the later request. One branch is accepted: an `if` whose
 * test reads the object the deadline value comes from (`if (controller) options.signal =
 * controller.signal`) — the write is skipped only where there is no signal to write (no
 * `AbortController`), the feature check of a fetch wrapper.
 */
function isWriteOnWayToRequest(write: NodePath, request: NodePath, value: Node): boolean {
  if (write.node.start! >= request.node.start!) return false;
  const source = readValueRoot(value);
  let child: NodePath = write;
  for (let current = write.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    if (isFunctionNode(node)) return false;
    const shared = isInsideNode(request.node, node);
    const key = child.key;
    if (node.type === 'IfStatement' && key !== 'test') {
      // Case: `if (c) { options.signal = s } else { fetch(url, options) }` — apart from the request
      if (shared || source === null || !mentionsName(node.test, source)) return false;
    } else if (node.type === 'ConditionalExpression' || node.type === 'LogicalExpression' || node.type === 'SwitchStatement' || node.type === 'CatchClause' || node.type === 'AssignmentPattern') {
      if (key !== 'test' && key !== 'left' && key !== 'discriminant' && key !== 'param') return false;
    } else if (isLoopType(node.type) && !(key === 'init' || (key === 'right' && node.type !== 'ForStatement'))) {
      return false;
    }
    if (shared) return true;
  }
  return false;
}

/** The variable the deadline value is read from: `controller` for `controller.signal` / `{ signal: controller.signal }`. */
function readValueRoot(value: Node): string | null {
  let current: Node = unwrapExpression(value.type === 'ObjectProperty' ? (value.value as Node) : value);
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') current = unwrapExpression(current.object);
  return current.type === 'Identifier' ? current.name : null;
}

/** The input is `x.request` or a parameter: a request the code was given, not one it made (`new Request(url)`). */
function isPassedOnRequest(path: NodePath<CallExpression>): boolean {
  return isGivenRequest(path, path.node.arguments[0]!, 0);
}

/**
 * `x.request`, a parameter, or a `const` of one: also a choice between such requests, or a copy
 * made with `new Request(given, init)` whose init sets no signal (the copy keeps the original's),
 * as Joplin's service worker does (`const request = cond ? new Request(original, { credentials:
 * 'omit' }) : original`).
 */
function isGivenRequest(path: NodePath, node: Node, depth: number): boolean {
  const input = unwrapExpression(node);
  if (input.type === 'MemberExpression') return true;
  if (input.type === 'ConditionalExpression') return isGivenRequest(path, input.consequent, depth) && isGivenRequest(path, input.alternate, depth);
  if (input.type === 'NewExpression' && input.callee.type === 'Identifier' && input.callee.name === 'Request' && input.arguments[0] && input.arguments[0].type !== 'SpreadElement') {
    const init = input.arguments[1] ? unwrapExpression(input.arguments[1] as Node) : null;
    const setsSignal = init !== null && (init.type !== 'ObjectExpression' || hasSpread(init) || findObjectProperty(init, 'signal') !== null);
    return !setsSignal && isGivenRequest(path, input.arguments[0] as Node, depth);
  }
  if (input.type !== 'Identifier' || depth > 3) return false;
  const binding = findBinding(path, input.name);
  if (binding?.kind === 'param') return true;
  const declaration = binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' && binding.declaration.id === binding.identifier ? binding.declaration : null;
  return declaration?.init != null && isGivenRequest(path, declaration.init, depth + 1);
}

/**
 * Case: the request of a parameter typed `FetchEvent`, in a module of a service worker whose
 * `fetch` listener is in another file (mastodon's `caching.ts`: `handleFetch(event: FetchEvent)`,
 * which `sw.ts` registers; `cacheFirst({ event }: { event: FetchEvent })` fetching
 * `event.request`). A `FetchEvent`'s request is the page's own, as in a script that listens
 * itself: `event.request`, a `const` of it, a choice between such requests, or a copy without a
 * signal of its own.
 */
function isFetchEventRequest(path: NodePath, node: Node, depth: number): boolean {
  const input = unwrapExpression(node);
  if (input.type === 'MemberExpression') return getPropertyName(input) === 'request' && input.object.type === 'Identifier' && isFetchEventParameter(path, input.object.name);
  if (input.type === 'ConditionalExpression') return isFetchEventRequest(path, input.consequent, depth) && isFetchEventRequest(path, input.alternate, depth);
  if (input.type === 'NewExpression' && input.callee.type === 'Identifier' && input.callee.name === 'Request' && input.arguments[0] && input.arguments[0].type !== 'SpreadElement') {
    // isGivenRequest has already checked that the copy sets no signal of its own.
    return isFetchEventRequest(path, input.arguments[0] as Node, depth);
  }
  if (input.type !== 'Identifier' || depth > 3) return false;
  const binding = findBinding(path, input.name);
  const declaration = binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' && binding.declaration.id === binding.identifier ? binding.declaration : null;
  return declaration?.init != null && isFetchEventRequest(path, declaration.init, depth + 1);
}

/** `name` is a parameter typed `FetchEvent` (the global type): `(event: FetchEvent)`, or `{ event }: { event: FetchEvent }`. */
function isFetchEventParameter(path: NodePath, name: string): boolean {
  const binding = findBinding(path, name);
  if (binding?.kind !== 'param' || findBinding(path, 'FetchEvent')) return false;
  const params = (binding.declaration as { params?: Node[] }).params ?? [];
  for (const raw of params) {
    const param = raw.type === 'AssignmentPattern' ? raw.left : raw;
    if (param === binding.identifier) return isFetchEventType(getAnnotation(param));
    if (param.type !== 'ObjectPattern') continue;
    for (const property of param.properties) {
      if (property.type !== 'ObjectProperty' || property.computed) continue;
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (value !== binding.identifier) continue;
      const key = getStaticKeyName(property.key);
      const literal = getAnnotation(param);
      if (key === null || literal?.type !== 'TSTypeLiteral') return false;
      const member = literal.members.find((candidate) => candidate.type === 'TSPropertySignature' && !candidate.computed && getStaticKeyName(candidate.key) === key);
      return member?.type === 'TSPropertySignature' && !member.optional && isFetchEventType(member.typeAnnotation?.typeAnnotation ?? null);
    }
  }
  return false;
}

/** `event` of `event:` / `'event':` in a pattern or a type literal. */
function getStaticKeyName(key: Node): string | null {
  if (key.type === 'Identifier') return key.name;
  return key.type === 'StringLiteral' ? key.value : null;
}

function getAnnotation(node: Node): Node | null {
  const annotation = (node as { typeAnnotation?: Node | null }).typeAnnotation;
  return annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
}

function isFetchEventType(type: Node | null): boolean {
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'FetchEvent' && !type.typeParameters;
}

export const SERVICE_WORKER_GLOBALS: ReadonlySet<string> = new Set(['self', 'globalThis']);

/**
 * Case: a service worker passes a page's request on, as it is: `evt.respondWith(fetch(evt.request))`,
 * `fetch(request)` in the helper it hands the request to (nightscout's `fromCache(request)`). The
 * request carries the page's own signal, so the page's cancellation ends the fetch; a deadline
 * here would also cut the page's long polls and downloads that pass through. A service worker
 * script: one that listens for `fetch` events at its top level (`self.addEventListener('fetch',
 * …)`, `addEventListener('fetch', …)`, `self.onfetch = …`).
 */
function isServiceWorkerScript(path: NodePath): boolean {
  const program = getProgram(path);
  if (!program) return false;
  let found = serviceWorkerScripts.get(program);
  if (found !== undefined) return found;
  found = false;
  // Anywhere in the file: Joplin registers its handlers inside a function the worker calls.
  forEachNode(program, (node) => {
    if (found) return false;
    if (node.type === 'AssignmentExpression') {
      const left = node.left;
      if (left.type === 'MemberExpression' && getPropertyName(left) === 'onfetch' && left.object.type === 'Identifier' && SERVICE_WORKER_GLOBALS.has(left.object.name)) found = true;
      return undefined;
    }
    if (node.type !== 'CallExpression') return undefined;
    const callee = node.callee;
    const [event] = node.arguments;
    if (event?.type !== 'StringLiteral' || event.value !== 'fetch') return undefined;
    if (callee.type === 'Identifier') found = callee.name === 'addEventListener' && isGlobalReference(path, 'addEventListener');
    else found = callee.type === 'MemberExpression' && getPropertyName(callee) === 'addEventListener' && callee.object.type === 'Identifier' && SERVICE_WORKER_GLOBALS.has(callee.object.name);
    return undefined;
  });
  serviceWorkerScripts.set(program, found);
  return found;
}

const serviceWorkerScripts = new WeakMap<Program, boolean>();

function hasAnyKey(object: ObjectExpression, keys: readonly string[]): boolean {
  return keys.some((key) => findObjectProperty(object, key) !== null);
}

function isFetchFamily(request: HttpRequestCall): boolean {
  return request.client === 'fetch' || request.client === 'node-fetch' || request.client === 'undici-fetch';
}

/** `const init = { … }` that `node` names, if it is one. */
export function findConstObjectLiteral(path: NodePath, node: Node): ObjectExpression | null {
  const value = unwrapExpression(node);
  if (value.type !== 'Identifier') return null;
  const binding = findBinding(path, value.name);
  if (binding?.kind !== 'const' || binding.declaration.type !== 'VariableDeclarator' || binding.declaration.id.type !== 'Identifier') return null;
  const init = binding.declaration.init ? unwrapExpression(binding.declaration.init) : null;
  return init?.type === 'ObjectExpression' ? init : null;
}

/** What the fix may know of a `const` object literal passed as the options. */
export interface OptionsLiteral {
  literal: ObjectExpression;
  /** Its keys are known where the request is made: it is never written or handed on. */
  sealed: boolean;
  /** A TypeScript literal without a type of its own (no `: RequestInit`, no `as …`): its type has only the keys written. */
  literalType: boolean;
}

/**
 * `const options = { method: 'POST', body }; fetch(url, options)`: the `const` object literal the
 * options name, without a spread or a computed key. It is `sealed` when its keys are known where
 * the request is made: every other use of the name reads one of its members (`options.method`),
 * none writes it or hands it on (`options.signal = s`, `delete options.x`,
 * `Object.assign(options, …)`, `f(options)`, `const alias = options`). The fix then need not read
 * a signal back (`options?.signal ?? …`); nor can it on a TypeScript literal's own type, which
 * has no such member (TS2339).
 */
export function findOptionsLiteral(path: NodePath<CallExpression>, node: Node, language: 'ts' | 'tsx' | 'js'): OptionsLiteral | null {
  const literal = findConstObjectLiteral(path, node);
  if (!literal || hasSpread(literal) || literal.properties.some((property) => property.type !== 'SpreadElement' && property.computed)) return null;
  const argument = unwrapExpression(node) as Identifier;
  const binding = findBinding(path, argument.name);
  if (!binding || binding.declaration.type !== 'VariableDeclarator') return null;
  const sealed = findBindingReferences(path, binding).every((reference) => reference.node === argument || isMemberRead(reference));
  const { id, init } = binding.declaration;
  const asserted = init?.type === 'TSAsExpression' || init?.type === 'TSTypeAssertion';
  const literalType = language !== 'js' && !(id as Identifier).typeAnnotation && !asserted;
  return { literal, sealed, literalType };
}

/** `options.method` read, not written (`options.x = …`, `options.x++`, `delete options.x`) nor called (`options.reset()` may change it). */
export function isMemberRead(reference: NodePath): boolean {
  const member = reference.parentPath;
  if (!member || (member.node.type !== 'MemberExpression' && member.node.type !== 'OptionalMemberExpression') || member.node.object !== reference.node) return false;
  const user = member.parent;
  if (!user) return true;
  if (user.type === 'AssignmentExpression' && user.left === member.node) return false;
  if (user.type === 'UpdateExpression') return false;
  if (user.type === 'UnaryExpression' && user.operator === 'delete') return false;
  if ((user.type === 'CallExpression' || user.type === 'OptionalCallExpression') && user.callee === member.node) return false;
  // Case: `options.headers.x = …` writes into a member, not a key of the options
  return true;
}

/** `request(url).timeout(5000)`: a client-side deadline chained onto the call (superagent style). */
function isFollowedByTimeoutChain(path: NodePath): boolean {
  const member = path.parent;
  const call = path.parentPath?.parent;
  return (
    (member?.type === 'MemberExpression' || member?.type === 'OptionalMemberExpression') &&
    member.object === path.node &&
    getPropertyName(member) === 'timeout' &&
    (call?.type === 'CallExpression' || call?.type === 'OptionalCallExpression') &&
    call.callee === member
  );
}

const assignedChainsCache = new WeakMap<Program, Set<string>>();

/** Member chains the file assigns to anywhere (`axios.defaults.timeout = 5000`). */
function getAssignedChains(program: Program): Set<string> {
  let chains = assignedChainsCache.get(program);
  if (chains) return chains;
  chains = new Set();
  const found = chains;
  forEachNode(program, (node) => {
    if (node.type === 'AssignmentExpression') {
      const chain = getMemberChain(node.left);
      if (chain) found.add(chain);
    }
  });
  assignedChainsCache.set(program, chains);
  return chains;
}


/** `axios.defaults.timeout = …` (or the instance's `api.defaults.timeout = …`) in this file. */
function isCoveredByAxiosDefaults(path: NodePath<CallExpression>, request: HttpRequestCall): boolean {
  const program = getProgram(path);
  if (!program) return false;
  const chains = getAssignedChains(program);
  const callee = unwrapExpression(path.node.callee);
  const axiosName = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getMemberChain(callee.object) : null;
  const owners = [axiosName];
  // Case: `const api = axios.create(); api.defaults.timeout = 5000`
  if (request.client === 'axios-create' && path.parent?.type === 'VariableDeclarator' && path.parent.id.type === 'Identifier') owners.push(path.parent.id.name);
  return owners.some((owner) => owner && ['timeout', 'signal'].some((key) => chains.has(`${owner}.defaults.${key}`)));
}

/**
 * `http.get(…).setTimeout(ms, () => req.destroy())`, `req.on('timeout', …)`: the author ends
 * the request by hand. Chained onto the call, or on the `const req = http.request(…)` handle.
 */
function hasManualHttpTimeout(path: NodePath<CallExpression>): boolean {
  let current: NodePath = path;
  for (;;) {
    const member = current.parent;
    const call = current.parentPath?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current.node || call?.type !== 'CallExpression' || call.callee !== member) break;
    if (isTimeoutHandling(call)) return true;
    current = current.parentPath!.parentPath!;
  }
  const declarator = current.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return false;
  const binding = findBinding(current, declarator.id.name);
  if (!binding) return false;
  const name = declarator.id.name;
  let found = false;
  forEachNode(binding.scope, (node) => {
    if (found) return false;
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && unwrapExpression(node.callee.object).type === 'Identifier') {
      const object = unwrapExpression(node.callee.object) as { name: string };
      if (object.name === name && isTimeoutHandling(node)) found = true;
    }
    return undefined;
  });
  if (found) return true;
  // Case: `timeoutId = setTimeout(() => { request.destroy(new TimeoutError()); }, 10000)`: a
  // timer that ends the request is its deadline, written by hand (the MongoDB driver's `get`).
  // Only a timer started in the request's own function body: one inside a nested function (the
  // response callback, a 'socket' listener) starts only when that runs, so it is no deadline for
  // a server that never answers.
  forEachNode(binding.scope, (node) => {
    if (found) return false;
    if (node !== binding.scope && isFunctionNode(node)) return false;
    if (node.type === 'CallExpression' && isEndingTimer(current, node, name)) found = true;
    return undefined;
  });
  return found;
}

/**
 * The request is made in the executor of a `new Promise((resolve, reject) => …)` that also
 * starts a timer rejecting it (`setTimeout(reject, ms)`, `setTimeout(() => reject(new
 * Error('timeout')), ms)`): the pre-AbortController `fetchWithTimeout` — the wait has its
 * deadline, written by hand.
 */
function isInsideTimedPromise(path: NodePath): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const fn = current.node;
    if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') continue;
    const promise = current.parent;
    if (promise?.type !== 'NewExpression' || current.key !== 'arguments' || current.index !== 0) continue;
    if (promise.callee.type !== 'Identifier' || promise.callee.name !== 'Promise' || !isGlobalReference(current, 'Promise')) continue;
    const reject = fn.params[1];
    if (reject?.type !== 'Identifier') return false;
    let timed = false;
    forEachNode(fn.body, (node) => {
      if (timed) return false;
      if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'setTimeout') return undefined;
      const callback = node.arguments[0];
      if (callback?.type === 'Identifier' && callback.name === reject.name) timed = true;
      else if (callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression')) {
        forEachNode(callback.body, (inner) => {
          if (inner.type === 'CallExpression' && inner.callee.type === 'Identifier' && inner.callee.name === reject.name) timed = true;
          return timed ? false : undefined;
        });
      }
      return undefined;
    });
    return timed;
  }
  return false;
}

const SET_TIMEOUT: ReadonlySet<string> = new Set(['setTimeout']);

/** Methods that end a `ClientRequest` (and its socket) at once. */
const REQUEST_ENDING_METHODS = new Set(['destroy', 'abort']);

/**
 * `setTimeout(callback, ms)` (the global, or imported from `timers`) whose callback, a function written there, calls
 * `name.destroy(…)` or `name.abort()` on the request's own variable.
 */
function isEndingTimer(path: NodePath, call: CallExpression, name: string): boolean {
  // Case: the global, `window.setTimeout`, or `import { setTimeout } from 'timers'` (the MongoDB driver's utils)
  if (resolvePlatformFunction(path, call.callee, SET_TIMEOUT, ['timers'])?.name !== 'setTimeout') return false;
  const callback = call.arguments[0];
  if (!callback || (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression')) return false;
  let ends = false;
  forEachNode(callback.body, (inner) => {
    if (ends) return false;
    if (inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression' && !inner.callee.computed) {
      const target = unwrapExpression(inner.callee.object);
      if (target.type === 'Identifier' && target.name === name && REQUEST_ENDING_METHODS.has(getPropertyName(inner.callee) ?? '')) ends = true;
    }
    return undefined;
  });
  return ends;
}

/** `.setTimeout(ms, …)` or `.on('timeout', …)` / `.once('timeout', …)`. */
function isTimeoutHandling(call: CallExpression): boolean {
  if (call.callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(call.callee);
  if (method === 'setTimeout') return true;
  const [event] = call.arguments;
  return (method === 'on' || method === 'once') && event?.type === 'StringLiteral' && event.value === 'timeout';
}

export interface RequestInputSignal {
  expression: string;
  narrowed: string;
  mayBeUndefined: boolean;
  /** Only the name says it is a Request (`fetch(request)` untyped): a person should check. */
  guessed: boolean;
}

/**
 * The signal a `fetch` input that is a `Request` already carries: an `init.signal` would
 * replace it, so a fix must keep it. `'inline'` when the input is `new Request(url, { signal })`
 * (the request is already cancellable); `null` when the input is a URL or a Request without one.
 */
export function findRequestInputSignal(path: NodePath<CallExpression>, request: HttpRequestCall): RequestInputSignal | 'inline' | null {
  if (!isFetchFamily(request)) return null;
  const [first] = path.node.arguments;
  if (!first || first.type === 'SpreadElement' || first.type === 'ArgumentPlaceholder') return null;
  const input = unwrapExpression(first);
  // Case: node-fetch's Request (v2 and v3) has `signal: null` when none was given, and
  // AbortSignal.any([null, …]) throws: keep the signal only when there is one. So in a file that
  // loads node-fetch (and may install it as the global `fetch` and `Request`).
  const mayBeUndefined = request.client === 'node-fetch' || loadsNodeFetch(getProgram(path));
  if (isNewRequestWithSignal(path, input)) return 'inline';
  if (input.type === 'Identifier') {
    const binding = findBinding(path, input.name);
    const init = binding?.declaration.type === 'VariableDeclarator' && binding.declaration.id.type === 'Identifier' ? binding.declaration.init : null;
    // Case: `const req = new Request(url, { signal }); fetch(req)`
    const initValue = init && binding?.kind === 'const' ? unwrapExpression(init) : null;
    if (initValue?.type === 'NewExpression' && initValue.callee.type === 'Identifier' && initValue.callee.name === 'Request') {
      if (isNewRequestWithSignal(path, initValue)) return 'inline';
      // Case: `const proxied = new Request(upstreamUrl, req)`: a copy whose init is not an object
      // literal (the incoming Request, a RequestInit passed in) takes that init's signal: keep it
      return hasOpaqueInit(path, initValue) ? { expression: `${input.name}.signal`, narrowed: `${input.name}.signal`, mayBeUndefined, guessed: false } : null;
    }
    const annotation = (binding?.identifier as { typeAnnotation?: Node | null } | undefined)?.typeAnnotation;
    const type = annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
    // Case: `(request: Request)`: a typed Fetch Request
    if (type) {
      const typeName = type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' ? type.typeName.name : null;
      const isRequest = typeName === 'Request' || typeName === 'NextRequest';
      return isRequest ? { expression: `${input.name}.signal`, narrowed: `${input.name}.signal`, mayBeUndefined, guessed: false } : null;
    }
    // Case: untyped `fetch(request)`, `fetch(requestClone)` (MSW's worker), `fetch(clonedRequest)`: the name suggests a Request
    // — not `requestUrl`, `reqPath` (a URL by its last word), nor a binding that starts as a string
    // (`let requestUrl = options.url`, `` const req = `${base}/x` ``): a string has no signal to merge
    if ((/^[Rr]eq(?:uest)?(?:$|[A-Z0-9_])/.test(input.name) || /[a-z]Request$/.test(input.name)) && !URL_NAME.test(input.name) && !isStringInit(init)) {
      return { expression: `${input.name}.signal`, narrowed: `${input.name}.signal`, mayBeUndefined, guessed: true };
    }
    return null;
  }
  // Case: a Service Worker's `fetch(event.request)`
  if (input.type === 'MemberExpression' && getPropertyName(input) === 'request') {
    const chain = getMemberChain(input);
    return chain ? { expression: `${chain}.signal`, narrowed: `${chain}.signal`, mayBeUndefined, guessed: true } : null;
  }
  return null;
}

/** `requestUrl`, `reqURI`, `request_path`, `requestHref`, `requestEndpoint`: a name whose last word says URL. */
const URL_NAME = /(?:Url|URL|Uri|URI|Href|Path|Endpoint|_url|_uri|_path)$/;

/** A string by its form: a string or template literal, a concatenation with one, or a `.url` / `.href` read. */
function isStringInit(init: Node | null | undefined): boolean {
  if (!init) return false;
  const value = unwrapExpression(init);
  if (value.type === 'StringLiteral' || value.type === 'TemplateLiteral') return true;
  if (value.type === 'BinaryExpression' && value.operator === '+') return isStringInit(value.left) || isStringInit(value.right);
  if (value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') {
    const name = getPropertyName(value);
    return name === 'url' || name === 'href';
  }
  return false;
}

/** The file imports or requires `node-fetch` at its top level (`import * as fe from 'node-fetch'`, `const fetch = require('node-fetch')`). */
function loadsNodeFetch(program: Program | null): boolean {
  const isNodeFetch = (source: string): boolean => source === 'node-fetch';
  return program !== null && program.body.some((statement) => {
    if (statement.type === 'ImportDeclaration') return statement.importKind !== 'type' && isNodeFetch(statement.source.value);
    if (statement.type !== 'VariableDeclaration') return false;
    return statement.declarations.some((declarator) => {
      let init = declarator.init ? unwrapExpression(declarator.init) : null;
      if (init?.type === 'MemberExpression') init = unwrapExpression(init.object);
      if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') return false;
      const [argument] = init.arguments;
      return argument?.type === 'StringLiteral' && isNodeFetch(argument.value);
    });
  });
}

/** `new Request(url, init)` whose init is neither an object literal nor a `const` holding one: it may carry a `signal`. */
function hasOpaqueInit(path: NodePath, node: Node): boolean {
  if (node.type !== 'NewExpression' || !isGlobalReference(path, 'Request')) return false;
  const init = node.arguments[1];
  if (!init || init.type === 'SpreadElement' || init.type === 'ArgumentPlaceholder') return false;
  const value = unwrapExpression(init);
  if (value.type === 'ObjectExpression' || (value.type === 'Identifier' && value.name === 'undefined')) return false;
  return findConstObjectLiteral(path, init) === null;
}

function isNewRequestWithSignal(path: NodePath, node: Node): boolean {
  if (node.type !== 'NewExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'Request' || !isGlobalReference(path, 'Request')) return false;
  const init = node.arguments[1];
  if (!init) return false;
  const literal = unwrapExpression(init).type === 'ObjectExpression' ? (unwrapExpression(init) as ObjectExpression) : findConstObjectLiteral(path, init);
  return literal !== null && (hasSpread(literal) || findObjectProperty(literal, 'signal') !== null);
}
