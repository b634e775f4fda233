/**
 * A call that registers or removes a listener by its arguments — the rows of the
 * acquire/release table whose release is "the same method of the same target with the same
 * arguments" (resources.ts):
 *
 * | family | add | remove |
 * | --- | --- | --- |
 * | `event-listener` | `t.addEventListener(type, fn, opts?)`, the global `addEventListener(...)` | `t.removeEventListener(type, fn, opts?)` |
 * | `emitter-listener` | `e.on / addListener / prependListener(evt, fn)` | `e.off / removeListener(evt, fn)`; every listener: `e.off(evt)`, `e.off()`, `e.removeAllListeners(evt?)` (mitt, socket.io, EventEmitter), `e.clearListeners(evt?)` (Emittery) |
 * | `media-query-listener` | `mql.addListener(fn)` on a `matchMedia(...)` result | `mql.removeListener(fn)` |
 * | `fs-watch-file` | `fs.watchFile(path, [options,] fn)` | `fs.unwatchFile(path, [fn])` |
 *
 * Only platform APIs count: member calls on any object, and the global `addEventListener` /
 * `removeEventListener` when they are not shadowed or imported (a project's own
 * `import { addEventListener } from './events'` is not the DOM API).
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, resolveGlobalName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolvePlatformFunction } from '../../src/analysis/resources/platform-function';
import { EMITTER_REGISTER_METHODS, LISTENER_RESOURCES, type ResourceKind } from '../../src/analysis/resources/catalog';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import type { ProjectQueries } from '../../src/core/rule';
import { getDeclaredTypeMembers } from '../../src/analysis/syntax/declared-type-members';

export type ListenerFamily = 'event-listener' | 'emitter-listener' | 'media-query-listener' | 'fs-watch-file';

export interface ListenerCall {
  family: ListenerFamily;
  role: 'add' | 'remove';
  resource: ResourceKind;
  call: NodePath<CallExpression>;
  /** The method or function name as written at the platform (`addEventListener`, `on`, `unwatchFile`). */
  method: string;
  /**
   * The object the listener is on (`window`, `this.socket`, `mql`; `worker` for each call of a
   * chain `worker.on(…).on(…)`); `null` for the global `addEventListener(...)`. For `fs-watch-file`, the module object (`fs`), or `null` when the
   * function is imported by name.
   */
  target: NodePath | null;
  /** `target?.addEventListener(...)`. */
  optional: boolean;
  /** The event type (`'resize'`); for `fs-watch-file`, the watched path; `null` for media queries and `e.off()`. */
  event: NodePath | null;
  /**
   * The listener; `null` for `fs.unwatchFile(path)`, which removes every listener of the path, and
   * for `e.off(evt)` / `e.removeAllListeners(evt)`, which remove every listener of the event.
   */
  handler: NodePath | null;
  /** The options argument of a DOM listener (`true`, `{ capture, once, passive, signal }`). */
  options: NodePath | null;
}

const ADD_METHODS: Record<string, ListenerFamily> = { addEventListener: 'event-listener', on: 'emitter-listener', prependListener: 'emitter-listener' };
const WATCH_FILE_FUNCTIONS: ReadonlySet<string> = new Set(['watchFile', 'unwatchFile']);
// `clearListeners(evt?)`: Emittery's remove-all (umzug's and MikroORM's migrators emit through Emittery)
const REMOVE_METHODS: Record<string, ListenerFamily> = { removeEventListener: 'event-listener', off: 'emitter-listener', removeAllListeners: 'emitter-listener', clearListeners: 'emitter-listener' };
export const REMOVE_ALL_METHODS: ReadonlySet<string> = new Set(['removeAllListeners', 'clearListeners']);

function getResource(family: ListenerFamily): ResourceKind {
  return LISTENER_RESOURCES.find((resource) => resource.id === family)!;
}

/** `matchMedia(q)`, `window.matchMedia(q)`, or a binding initialised with one. */
export function isMediaQueryList(path: NodePath): boolean {
  const node = unwrapExpression(path.node);
  if (node.type === 'CallExpression') return resolveGlobalName(path, node.callee) === 'matchMedia';
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(path, node.name);
  const declaration = binding?.declaration;
  if (!binding || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  const init = unwrapExpression(declaration.init);
  return init.type === 'CallExpression' && resolveGlobalName(path, init.callee) === 'matchMedia';
}

function argumentPath(call: NodePath<CallExpression>, index: number): NodePath | null {
  const argument = call.node.arguments[index];
  return argument && argument.type !== 'SpreadElement' && argument.type !== 'ArgumentPlaceholder' ? call.child(argument as Node, 'arguments', index) : null;
}

function build(call: NodePath<CallExpression>, family: ListenerFamily, role: 'add' | 'remove', method: string, target: NodePath | null, optional: boolean): ListenerCall | null {
  const args = call.node.arguments;
  if (args.some((argument) => argument.type === 'SpreadElement')) return null;
  // Case: `worker.on('active', f).on('failed', g)`: the second listener is on `worker` too
  const on = family === 'emitter-listener' && target ? getEmitterChainObject(target) : target;
  const base = { family, role, resource: getResource(family), call, method, target: on, optional };
  switch (family) {
    // Case: `t.addEventListener(type, fn, opts?)`
    case 'event-listener':
      if (args.length < 2 || args.length > 4) return null;
      return { ...base, event: argumentPath(call, 0), handler: argumentPath(call, 1), options: argumentPath(call, 2) };
    // Case: `e.on(evt, fn)`; jQuery-style extra arguments (`on('click', '.row', fn)`) are another API.
    // Case: `e.off(evt)`, `e.off()`, `e.removeAllListeners(evt?)`, Emittery's `e.clearListeners(evt?)`
    // remove every listener of the event (or of all events).
    case 'emitter-listener':
      if (role === 'remove' && (REMOVE_ALL_METHODS.has(method) || (method === 'off' && args.length < 2))) {
        return args.length <= 1 ? { ...base, event: argumentPath(call, 0), handler: null, options: null } : null;
      }
      if (args.length !== 2) return null;
      // Case: a query builder's `join.on('orders.user_id', 'users.id')` (Knex): a string is no listener.
      // Case: a project helper's `scrollHelper.centerFocus.on(element, false)`: a literal value, an
      // object or an array is no handler either.
      if (['StringLiteral', 'TemplateLiteral', 'NumericLiteral', 'BooleanLiteral', 'NullLiteral', 'ObjectExpression', 'ArrayExpression'].includes(args[1]!.type)) return null;
      // Case: an event bus's `bus.on(type, options).subscribe(fn)`: this `on` returns an Observable
      // (an emitter's returns the emitter), so nothing is registered until `subscribe`, whose
      // subscription is the resource; there is no `bus.off(type, options)` to call.
      if (role === 'add' && isObservableReceiver(call)) return null;
      return { ...base, event: argumentPath(call, 0), handler: argumentPath(call, 1), options: null };
    // Case: `mql.addListener(fn)`
    case 'media-query-listener':
      if (args.length !== 1) return null;
      return { ...base, event: null, handler: argumentPath(call, 0), options: null };
    // Case: `fs.watchFile(path, fn)`, `fs.watchFile(path, { interval }, fn)`, `fs.unwatchFile(path, fn?)`
    case 'fs-watch-file': {
      const min = role === 'add' ? 2 : 1;
      if (args.length < min || args.length > 3) return null;
      const handler = role === 'add' || args.length > 1 ? argumentPath(call, args.length - 1) : null;
      return { ...base, event: argumentPath(call, 0), handler, options: null };
    }
  }
}

/**
 * `call` is the object of `.subscribe(...)` (`bus.on(type, options).subscribe(fn)`): an emitter's
 * `on(...)` returns the emitter, which has no `subscribe`. (`.pipe` is left out: a Node stream's
 * `readable.on('error', f).pipe(dest)` is a real registration on the stream.)
 */
function isObservableReceiver(call: NodePath<CallExpression>): boolean {
  const parent = call.parentPath?.node;
  if (!parent || (parent.type !== 'MemberExpression' && parent.type !== 'OptionalMemberExpression') || parent.object !== call.node) return false;
  return getPropertyName(parent) === 'subscribe';
}

/** The listener registration or removal `path` is, if it is one. */
export function resolveListenerCall(path: NodePath): ListenerCall | null {
  const node = path.node;
  // Case: `el.addEventListener(...)`, `el?.addEventListener(...)`
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const call = path as NodePath<CallExpression>;
  const callee = unwrapExpression(node.callee);
  // Case: `fs.watchFile(...)`, `import { watchFile } from 'node:fs'` (any local name)
  const watchFile = callee.type === 'Identifier' || (callee.type === 'MemberExpression' && WATCH_FILE_FUNCTIONS.has(getPropertyName(callee) ?? ''))
    ? resolvePlatformFunction(call, node.callee, WATCH_FILE_FUNCTIONS, ['fs'])
    : null;
  if (watchFile?.via === 'module') {
    const target = callee.type === 'MemberExpression' ? call.child(node.callee, 'callee').child(callee.object, 'object') : null;
    return build(call, 'fs-watch-file', watchFile.name === 'watchFile' ? 'add' : 'remove', watchFile.name, target, false);
  }
  // Case: the global `addEventListener('resize', fn)` (not an imported helper of that name)
  if (callee.type === 'Identifier') {
    if (!isGlobalReference(call, callee.name)) return null;
    if (callee.name === 'addEventListener') return build(call, 'event-listener', 'add', callee.name, null, false);
    if (callee.name === 'removeEventListener') return build(call, 'event-listener', 'remove', callee.name, null, false);
    return null;
  }
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const method = getPropertyName(callee);
  if (method === null || method.startsWith('#')) return null;
  const target = call.child(node.callee, 'callee').child(callee.object, 'object');
  const optional = callee.type === 'OptionalMemberExpression' && callee.optional === true;
  // Case: `mql.addListener(fn)` / `mql.removeListener(fn)` (one argument) vs. an emitter's (two)
  if (method === 'addListener' || method === 'removeListener') {
    const role = method === 'addListener' ? 'add' : 'remove';
    if (node.arguments.length === 1) return isMediaQueryList(target) ? build(call, 'media-query-listener', role, method, target, optional) : null;
    return build(call, 'emitter-listener', role, method, target, optional);
  }
  if (method in ADD_METHODS) return build(call, ADD_METHODS[method]!, 'add', method, target, optional);
  if (method in REMOVE_METHODS) return build(call, REMOVE_METHODS[method]!, 'remove', method, target, optional);
  return null;
}

/** The method that removes what `add` registered (`on` -> `off`, `addListener` -> `removeListener`). */
export function getRemoveMethod(add: ListenerCall): string {
  switch (add.family) {
    case 'event-listener':
      return 'removeEventListener';
    case 'emitter-listener':
      return add.method === 'on' ? 'off' : 'removeListener';
    case 'media-query-listener':
      return 'removeListener';
    case 'fs-watch-file':
      return 'unwatchFile';
  }
}

/** The emitter removals that remove any one listener (Node's `off` is an alias of `removeListener`). */
const EMITTER_REMOVALS = ['off', 'removeListener'];

/**
 * The removal method a fix calls for `add` (`getRemoveMethod`, or the one the declared type of
 * its target lists: `{ on, removeListener }` -> `removeListener`; fix.ts `lacksDeclaredRemoval`), or `null` when the declared type lists none.
 */
export function getDeclaredRemoveMethod(add: ListenerCall, project: Pick<ProjectQueries, 'getTypeMembers'>): string | null {
  const usual = getRemoveMethod(add);
  if (add.family !== 'emitter-listener' || !add.target) return usual;
  const members = getDeclaredTypeMembers(add.target, project);
  if (members === null || !members.has(add.method) || members.has(usual)) return usual;
  return EMITTER_REMOVALS.find((method) => members.has(method)) ?? null;
}

/**
 * The object a chain of emitter registrations starts from: an emitter's `on` returns the emitter,
 * so in `worker.on('active', f).on('failed', g)` the second listener's target is the first call,
 * and the object both listen on is `worker`. Its removals return it too (Node's `off`,
 * `removeListener` and `removeAllListeners`, jQuery's `off`): in `win.off('resize.x').on('resize.x', f)`
 * the listener is on `win`, which a cleanup's `win.off('resize.x')` releases. Any other target is
 * returned as it is (`bus!` too).
 */
function getEmitterChainObject(target: NodePath): NodePath {
  let path = unwrapPath(target);
  if (!isEmitterChainCall(path)) return target;
  while (isEmitterChainCall(path)) {
    const callee = path.child((path.node as CallExpression).callee, 'callee') as NodePath<Node & { object: Node }>;
    path = unwrapPath(callee.child(callee.node.object, 'object'));
  }
  return path;
}

function isEmitterChainCall(path: NodePath): boolean {
  const node = path.node;
  if ((node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') || (node.callee.type !== 'MemberExpression' && node.callee.type !== 'OptionalMemberExpression')) return false;
  const method = getPropertyName(node.callee) ?? '';
  return EMITTER_REGISTER_METHODS.has(method) || CHAINABLE_REMOVE_METHODS.has(method);
}

/** Emitter removals that return the emitter (not the DOM's `removeEventListener`, nor Emittery's `clearListeners`). */
const CHAINABLE_REMOVE_METHODS: ReadonlySet<string> = new Set(['off', 'removeListener', 'removeAllListeners']);
