/**
 * An event registration inside a promise executor: `emitter.once/on(evt, fn)` (Node's
 * EventEmitter API), `target.addEventListener(type, fn, opts)` (the DOM's EventTarget) or an
 * event handler property, `img.onload = fn` (the DOM's `on<event>` attributes; IndexedDB's
 * `request.onsuccess`, WebSocket's `onopen`).
 */
import type { AssignmentExpression, CallExpression, Node } from '@babel/types';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';
import { EMITTER_REGISTER_METHODS } from '../../src/analysis/resources/catalog';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';

export interface EventRegistration {
  /** The registering call, or the assignment of a handler property. */
  call: CallExpression | AssignmentExpression;
  api: 'emitter' | 'event-target' | 'handler-property';
  target: Node;
  /** The event argument; for a handler property, the property (`onload`). */
  event: Node;
  /** The event name when it is written as a string. */
  eventName: string | null;
  handler: Node;
  /** The third argument of `addEventListener`. */
  options: Node | null;
}

const HANDLER_PROPERTY = /^on([a-z]+)$/;

export function getEventRegistration(node: Node): EventRegistration | null {
  if (node.type === 'AssignmentExpression') return getHandlerPropertyRegistration(node);
  if (node.type !== 'CallExpression') return null;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const method = getPropertyName(callee);
  if (!method) return null;
  const api = method === 'addEventListener' ? 'event-target' : EMITTER_REGISTER_METHODS.has(method) ? 'emitter' : null;
  if (!api) return null;
  const [event, handler, options] = node.arguments;
  if (!event || !handler || event.type === 'SpreadElement' || handler.type === 'SpreadElement' || event.type === 'ArgumentPlaceholder' || handler.type === 'ArgumentPlaceholder') return null;
  if (api === 'emitter' && node.arguments.length !== 2) return null;
  const literal = unwrapExpression(event);
  const eventName = literal.type === 'StringLiteral' ? literal.value : literal.type === 'TemplateLiteral' && literal.expressions.length === 0 ? literal.quasis[0]!.value.cooked ?? null : null;
  return { call: node, api, target: callee.object, event, eventName, handler, options: options && options.type !== 'SpreadElement' && options.type !== 'ArgumentPlaceholder' ? options : null };
}

/** `img.onload = resolve`, `request.onsuccess = () => resolve(request.result)`. */
function getHandlerPropertyRegistration(node: AssignmentExpression): EventRegistration | null {
  const left = node.left;
  if (node.operator !== '=' || left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier') return null;
  const event = HANDLER_PROPERTY.exec(left.property.name);
  if (!event) return null;
  return { call: node, api: 'handler-property', target: left.object, event: left.property, eventName: event[1]!, handler: node.right, options: null };
}

/** How a handler passes the event on to `resolve`. */
export type HandlerForm =
  /** `resolve` itself. */
  | 'resolve'
  /** `(x) => resolve(x)`: the first argument. */
  | 'forward'
  /** `() => resolve()`: nothing. */
  | 'empty'
  /** `() => resolve(socket)`: a name or member chain known before the event (see `getResolvedValue`). */
  | 'value'
  /** Anything else that calls `resolve`. */
  | 'other';

export function getHandlerForm(handler: Node, resolve: string): HandlerForm | null {
  const fn = unwrapExpression(handler);
  if (fn.type === 'Identifier') return fn.name === resolve ? 'resolve' : null;
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
  if (!mentionsName(fn.body, resolve)) return null;
  let call: Node = fn.body;
  if (call.type === 'BlockStatement') {
    if (call.body.length !== 1 || call.body[0]!.type !== 'ExpressionStatement') return 'other';
    call = call.body[0]!.expression;
  }
  call = unwrapExpression(call);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== resolve) return 'other';
  if (call.arguments.length === 0) return 'empty';
  const [param] = fn.params;
  const [argument] = call.arguments;
  if (call.arguments.length === 1 && param?.type === 'Identifier' && argument?.type === 'Identifier' && argument.name === param.name) return 'forward';
  if (fn.params.length === 0 && getResolvedValue(handler) !== null) return 'value';
  return 'other';
}

/** `socket` of `() => resolve(socket)`: a plain name, `this` or a member chain of them. */
export function getResolvedValue(handler: Node): Node | null {
  const fn = unwrapExpression(handler);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
  let call: Node = fn.body;
  if (call.type === 'BlockStatement') call = call.body.length === 1 && call.body[0]!.type === 'ExpressionStatement' ? call.body[0]!.expression : call;
  call = unwrapExpression(call);
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return null;
  const value = unwrapExpression(call.arguments[0]!);
  // Case: `this` in a function expression is the emitter, not the outer `this`
  if (fn.type === 'FunctionExpression' && mentionsThis(value)) return null;
  return value.type === 'ThisExpression' || getMemberChain(value) !== null ? call.arguments[0]! : null;
}

function mentionsThis(node: Node): boolean {
  let current: Node = node;
  while (current.type === 'MemberExpression') current = current.object;
  return current.type === 'ThisExpression';
}

/** The path of a wait's registration call inside its promise (the `new Promise(…)` itself when it is not found): where its scope is read. */
export function findRegistrationPath(executor: PromiseExecutor, registration: Pick<EventRegistration, 'call'>): NodePath {
  return findDescendantPath(executor.promise, registration.call as Node) ?? executor.promise;
}

/**
 * Another registration in the executor's code on the same target as `registration` (the same
 * member chain, `stream` / `this.socket`) that `accepts`: `readable` beside a `close` wait, a
 * `close` that settles beside another event's wait. `false` when the target is no plain chain.
 */
export function hasSiblingRegistration(registration: EventRegistration, executor: PromiseExecutor, accepts: (other: EventRegistration) => boolean): boolean {
  const target = getMemberChain(registration.target);
  if (target === null) return false;
  let found = false;
  forEachNode(executor.fn.body, (node) => {
    if (found) return false;
    const other = getEventRegistration(node);
    if (other && other !== registration && other.call !== registration.call && getMemberChain(other.target) === target && accepts(other)) found = true;
    return undefined;
  });
  return found;
}
