/**
 * listener-cleanup: a listener on a Node stream that the code handles per request (a response
 * body, a decompressor, a cache write stream, a per-request `Duplex`). A stream's life is one
 * transfer: it ends, finishes, errors or is destroyed, and its listeners go with it. Such a
 * listener leaks only when the stream outlives the code that listens — a global
 * (`process.stdin`) or module-level stream, which stays reported.
 *
 * A stream when:
 * - the listener is for a stream's own flow event (`data`, `end`, `finish`, `drain`,
 *   `readable`, `pipe`, `unpipe`, `prefinish`), which only streams (sockets included) emit;
 * - or the object is made as a stream: `new Readable(…)` / `Writable` / `Duplex` / `Transform` /
 *   `PassThrough` (or a name ending so, or a class of the file extending one), a
 *   `create…Stream(…)` call, or a zlib decompressor/compressor (`zlib.createGunzip()`), directly,
 *   through a `const`, or through the `this.<field>` the class assigns it to;
 * - or the same object (written alike, in the same function) gets a flow-event listener, as
 *   in the chain `body.on('data', …).on('error', …)`;
 * - or the listener is added only when the code has checked the object is a stream:
 *   `if (util.isStream(body)) body.on('error', …)`, `if (body instanceof Readable) …` (undici's
 *   per-request handlers, which take the request body as they are made).
 *
 * Only Node emitter calls (`.on` / `.once` / `.addListener` / `.prependListener`), and only
 * in owners that have no release place (a plain class, a function): a UI owner (effect,
 * component, custom element) that listens to a stream it did not make keeps its handler for
 * as long as the stream runs, which may be longer than the component; a class with a disposal
 * method gets the removal written there (cheap and exact), so its fix is kept — except for a
 * stream kept in a `const` of the listening function that the function neither stores nor
 * hands out and shows ending (`const stream = this.client.scanStream(…)` read to an `'end'`
 * that settles its promise executor): no release method reaches a local, so the finding could
 * only be report-only, and the stream is one transfer of that call, as in a plain class
 * (moleculer's Redis cacher and discoverer: 12 report-only findings). Such a local whose end
 * the function does not show (`const socket = net.connect(port)`) stays a finding, `low`.
 */
import type { Node } from '@babel/types';
import type { ListenerCall } from './listener-call';
import { unwrapPath } from '../../src/core/node-helpers';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { resolveStaticValue } from './same-value';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { resolveTargetOrigin } from './target-origin';
import { isUnsharedLocalConst } from './request-target';
import { resolveExecutorOfFunction } from '../../src/analysis/syntax/promise-executor';

/** Events only streams (and sockets, which are streams) emit. */
const FLOW_EVENTS = new Set(['data', 'end', 'finish', 'drain', 'readable', 'pipe', 'unpipe', 'prefinish']);
/**
 * Owners where nothing else would end the listener: a plain class (no disposal method), a
 * function. UI owners are left out (see above), and so is a class with a disposal method:
 * there the removal is written into it, cheap and exact, and the fix stays.
 */
const REPORT_ONLY_OWNERS = new Set(['plain-class', 'none', 'cancellable-function']);
const STREAM_CLASS = /(^|[a-z_])(Readable|Writable|Duplex|Transform|PassThrough|Stream)$/;
const ZLIB_FACTORY = /^create(Gunzip|Gzip|Inflate|InflateRaw|Deflate|DeflateRaw|Unzip|BrotliCompress|BrotliDecompress|ZstdCompress|ZstdDecompress)$/;
const MEMBER_TYPES = new Set(['MemberExpression', 'OptionalMemberExpression']);

function getEventName(call: ListenerCall): string | null {
  if (!call.event) return null;
  const value = resolveStaticValue(call.event);
  return typeof value === 'string' ? value : null;
}

/** Names of the classes the program declares as streams (`class PipelineRequest extends Readable`), to a fixed point. */
function getStreamClasses(program: NodePath): Set<string> {
  const declared: [string, string][] = [];
  forEachDescendant(program, (path) => {
    const node = path.node;
    if ((node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.superClass) {
      const base = unwrapExpression(node.superClass);
      const baseName = base.type === 'Identifier' ? base.name : MEMBER_TYPES.has(base.type) ? getPropertyName(base as Node & { type: 'MemberExpression' }) : null;
      const name = node.id?.name ?? (path.parent?.type === 'VariableDeclarator' && path.parent.id.type === 'Identifier' ? path.parent.id.name : null);
      if (name && baseName) declared.push([name, baseName]);
    }
    return undefined;
  });
  const streams = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, base] of declared) {
      if (!streams.has(name) && (STREAM_CLASS.test(base) || streams.has(base))) {
        streams.add(name);
        changed = true;
      }
    }
  }
  return streams;
}

/** `new PassThrough()`, `new PipelineRequest()` (a stream class of the file), `store.createWriteStream(k)`, `zlib.createGunzip()`. */
function isStreamCreation(node: Node, streamClasses: ReadonlySet<string>): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'NewExpression') {
    const callee = unwrapExpression(value.callee as Node);
    const name = callee.type === 'Identifier' ? callee.name : MEMBER_TYPES.has(callee.type) ? getPropertyName(callee as Node & { type: 'MemberExpression' }) : null;
    return name !== null && (STREAM_CLASS.test(name) || streamClasses.has(name));
  }
  if (value.type === 'CallExpression' || value.type === 'OptionalCallExpression') {
    const callee = unwrapExpression(value.callee as Node);
    const name = callee.type === 'Identifier' ? callee.name : MEMBER_TYPES.has(callee.type) ? getPropertyName(callee as Node & { type: 'MemberExpression' }) : null;
    return name !== null && (/^create[A-Za-z]*(Read|Write)Stream$/.test(name) || ZLIB_FACTORY.test(name));
  }
  return false;
}

/** The object is made as a stream: in place, through a `const`, or through the `this.<field>` its class assigns. */
function isCreatedAsStream(object: NodePath, streamClasses: ReadonlySet<string>): boolean {
  const node = object.node;
  if (isStreamCreation(node, streamClasses)) return true;
  if (node.type === 'Identifier') {
    const binding = findBinding(object, node.name);
    const declaration = binding?.declaration;
    if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
    return isStreamCreation(declaration.init, streamClasses);
  }
  // Case: `this.#writeStream.on('error', …)` with `this.#writeStream = store.createWriteStream(key)` in the class
  const field = MEMBER_TYPES.has(node.type) && (node as { object: Node }).object.type === 'ThisExpression' ? getPropertyName(node as Node & { type: 'MemberExpression' }) : null;
  const classPath = field ? resolveThisClass(object)?.classPath : null;
  if (!field || !classPath) return false;
  let created = false;
  forEachDescendant(classPath, (path) => {
    if (created) return false;
    const value = path.node;
    if (value.type === 'AssignmentExpression' && MEMBER_TYPES.has(value.left.type) && (value.left as { object: Node }).object.type === 'ThisExpression') {
      if (getPropertyName(value.left as Node & { type: 'MemberExpression' }) === field && isStreamCreation(value.right, streamClasses)) created = true;
    }
    return undefined;
  });
  return created;
}

/** The innermost function (or the program) around a place. */
function getFunction(path: NodePath): NodePath {
  let current = path;
  while (current.parentPath && !/Function|ClassMethod|ClassPrivateMethod|ObjectMethod/.test(current.node.type)) current = current.parentPath;
  return current;
}

/** Another listener in the same function, for a flow event, on the object written alike (`body`, `this.#writeStream`). */
function hasFlowListenerInFunction(object: NodePath, others: readonly ListenerCall[], at: NodePath): boolean {
  const chain = getMemberChain(object.node);
  if (chain === null || chain === 'this') return false;
  const fn = getFunction(at).node;
  return others.some((other) => {
    if (other.family !== 'emitter-listener' || !other.target || !FLOW_EVENTS.has(getEventName(other) ?? '')) return false;
    if (getFunction(other.call).node !== fn) return false;
    return getMemberChain(unwrapPath(other.target).node) === chain;
  });
}

const STREAM_CHECK = /^is(Node)?(Readable|Writable)?Stream$/;

/** `isStream(body)`, `util.isStream(body)`, `body instanceof Readable`: a test that `chain` is a stream. */
function isStreamCheck(test: Node, chain: string): boolean {
  const node = unwrapExpression(test);
  if (node.type === 'LogicalExpression' && node.operator === '&&') return isStreamCheck(node.left, chain) || isStreamCheck(node.right, chain);
  if (node.type === 'BinaryExpression' && node.operator === 'instanceof') {
    const right = unwrapExpression(node.right);
    const name = right.type === 'Identifier' ? right.name : MEMBER_TYPES.has(right.type) ? getPropertyName(right as Node & { type: 'MemberExpression' }) : null;
    return name !== null && STREAM_CLASS.test(name) && getMemberChain(unwrapExpression(node.left as Node)) === chain;
  }
  if (node.type !== 'CallExpression' || node.arguments.length !== 1) return false;
  const callee = unwrapExpression(node.callee as Node);
  const name = callee.type === 'Identifier' ? callee.name : MEMBER_TYPES.has(callee.type) ? getPropertyName(callee as Node & { type: 'MemberExpression' }) : null;
  return name !== null && STREAM_CHECK.test(name) && getMemberChain(unwrapExpression(node.arguments[0] as Node)) === chain;
}

/** The listener runs only in the branch of an `if` (in its own function) that checked the object is a stream. */
function isAddedUnderStreamCheck(object: NodePath, at: NodePath): boolean {
  const chain = getMemberChain(object.node);
  if (chain === null || chain === 'this') return false;
  const fn = getFunction(at);
  for (let current: NodePath = at; current.parentPath && current !== fn; current = current.parentPath) {
    const parent = current.parentPath;
    if (parent.node.type === 'IfStatement' && current.key === 'consequent' && isStreamCheck(parent.node.test, chain)) return true;
  }
  return false;
}

const streamClassCache = new WeakMap<Node, Set<string>>();

/**
 * Whether `add` listens to a stream the code handles per request (see the file comment);
 * `others` are the file's other listener registrations.
 */
export function isPerRequestStreamListener(add: ListenerCall, owner: OwnerScope, others: readonly ListenerCall[]): boolean {
  return resolvePerRequestStream(add, owner, others) === 'per-request';
}

/**
 * `'per-request'` when `add` listens to a stream the code handles per request (not a finding);
 * `'local-unended'` when, in a class with a disposal method, it listens to a stream kept in an
 * unshared local `const` of the listening function that the code does not show ending (no
 * `'end'` / `'close'` / `'finish'` listener there that settles or completes): a finding no
 * release method can fix, `low` (a socket the method opens and never closes stays a leak);
 * else `null`.
 */
export function resolvePerRequestStream(add: ListenerCall, owner: OwnerScope, others: readonly ListenerCall[]): 'per-request' | 'local-unended' | null {
  if (add.family !== 'emitter-listener' || !add.target) return null;
  const object = unwrapPath(add.target);
  // A class with a disposal method keeps its fix, unless the stream is a local no release method reaches.
  const local = !REPORT_ONLY_OWNERS.has(owner.kind);
  if (local && !(owner.kind === 'disposable-class' && isUnsharedLocalConst(object))) return null;
  if (!isStreamListener(add, object, others)) return null;
  // Case: `const socket = net.connect(port); socket.on('data', …)` with nothing waiting for its end: it may run for ever.
  if (local && !isEndAwaited(object, add.call)) return 'local-unended';
  return 'per-request';
}

function isStreamListener(add: ListenerCall, object: NodePath, others: readonly ListenerCall[]): boolean {
  const origin = resolveTargetOrigin(object);
  // A global or module-level stream (`process.stdin`, a shared log stream) outlives every request.
  if (origin === 'global' || origin === 'module') return false;
  if (object.node.type === 'Identifier' && findBinding(object, object.node.name) === null) return false;
  if (FLOW_EVENTS.has(getEventName(add) ?? '')) return true;
  let program = add.call as NodePath;
  while (program.parentPath) program = program.parentPath;
  let streamClasses = streamClassCache.get(program.node);
  if (!streamClasses) streamClassCache.set(program.node, (streamClasses = getStreamClasses(program)));
  if (isCreatedAsStream(object, streamClasses)) return true;
  return hasFlowListenerInFunction(object, others, add.call) || isAddedUnderStreamCheck(object, add.call);
}

const END_EVENTS = new Set(['end', 'close', 'finish']);
const LISTEN_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/**
 * The function that listens shows the stream's end settles or completes it: an `'end'` /
 * `'close'` / `'finish'` listener on the object written alike, in the same function, whose handler
 * is (or calls) the `resolve` / `reject` of the promise executor that function is
 * (`stream.on('end', resolve)`), or an `'end'` listener that calls the completion callback it was
 * handed last (`stream.once('end', () => done(null, keys))`): the code reads the stream to its
 * end, one transfer. A callback called on `'close'` / `'finish'` proves nothing: a long-lived
 * socket's `socket.on('close', () => onDisconnect())` only reacts to an end that may never come.
 */
function isEndAwaited(object: NodePath, at: NodePath): boolean {
  const chain = getMemberChain(object.node);
  if (chain === null || chain === 'this') return false;
  const fn = getFunction(at);
  const names = new Set<string>();
  const executor = resolveExecutorOfFunction(fn);
  if (executor) for (const name of [executor.resolve, executor.reject]) if (name) names.add(name);
  const params = 'params' in fn.node ? (fn.node.params as Node[]) : [];
  // Case: `new this.Promise((resolve, reject) => …)`: a promise class the code configures (Bluebird), an executor all the same.
  const promiseLike = !executor && isPromiseClassExecutor(fn);
  if (promiseLike) for (const param of params.slice(0, 2)) if (param.type === 'Identifier') names.add(param.name);
  // Case: the completion callback handed last (`done(null, keys)`): only on 'end', a readable read to its end. Calling it on
  // 'close' / 'finish' only reacts to an end that may never come (a socket's `onDisconnect`), proving nothing ends it.
  const last = params[params.length - 1];
  const callbackOnly = !executor && !promiseLike && last?.type === 'Identifier';
  if (callbackOnly) names.add(last.name);
  if (names.size === 0) return false;
  let found = false;
  forEachDescendant(fn, (path) => {
    if (found) return false;
    const node = path.node;
    if (FUNCTION_NODE.test(node.type)) return false;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const callee = unwrapExpression(node.callee as Node);
    if (!MEMBER_TYPES.has(callee.type) || !LISTEN_METHODS.has(getPropertyName(callee as Node & { type: 'MemberExpression' }) ?? '')) return undefined;
    if (getMemberChain(unwrapExpression((callee as { object: Node }).object)) !== chain || node.arguments.length < 2) return undefined;
    const event = resolveStaticValue(path.child(node.arguments[0]!, 'arguments', 0));
    if (typeof event !== 'string' || !END_EVENTS.has(event) || (callbackOnly && event !== 'end')) return undefined;
    if (callsAny(unwrapExpression(node.arguments[1] as Node), names)) found = true;
    return undefined;
  });
  return found;
}

const FUNCTION_NODE = /Function|ClassMethod|ClassPrivateMethod|ObjectMethod/;

/** `fn` is the executor handed to `new <x>.Promise(fn)` (a promise class kept on an object), written in place. */
function isPromiseClassExecutor(fn: NodePath): boolean {
  const parent = fn.parentPath?.node;
  if (parent?.type !== 'NewExpression' || parent.arguments[0] !== fn.node || parent.arguments.length !== 1) return false;
  const callee = unwrapExpression(parent.callee as Node);
  return MEMBER_TYPES.has(callee.type) && getPropertyName(callee as Node & { type: 'MemberExpression' }) === 'Promise';
}

/** `handler` is one of `names`, or a function written in place that calls one (not rebound by a parameter). */
function callsAny(handler: Node, names: ReadonlySet<string>): boolean {
  if (handler.type === 'Identifier') return names.has(handler.name);
  if (handler.type !== 'ArrowFunctionExpression' && handler.type !== 'FunctionExpression') return false;
  const own = new Set([...names].filter((name) => !handler.params.some((param) => param.type === 'Identifier' && param.name === name)));
  let found = false;
  forEachNode(handler.body, (node) => {
    if (found || FUNCTION_NODE.test(node.type)) return false;
    if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && node.callee.type === 'Identifier' && own.has(node.callee.name)) found = true;
    return undefined;
  });
  return found;
}
