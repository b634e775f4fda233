/**
 * listener-cleanup: a listener that follows a changing key. Its event is computed from a value
 * that changes (`Store.emissionForRoom(newRoom)`, `` `room:${id}` ``), and the code keeps one
 * listener for the current value: the function that adds it first removes the same handler from
 * the same object for the event computed the same way from the old value, and another function
 * (any, not only the owner's end: this only lowers the confidence) removes it for the event
 * computed from the value kept then (element-web's
 * PipContainer follows the viewed room: `off(emissionForRoom(oldRoom), this.updateCalls)` then
 * `on(emissionForRoom(newRoom), this.updateCalls)`, and `componentWillUnmount` does
 * `off(emissionForRoom(room), this.updateCalls)` with the room of `this.state.viewedRoomId`).
 *
 * Whether the end's value is the last one added cannot be proven (it is read back from a state
 * the code keeps), so the finding stays, `medium` (confidence.ts): never dropped.
 *
 * "Computed the same way": a call of the same callee (the same text) with as many arguments, or a
 * template literal with the same text parts; not the same value (that is a plain match or a
 * removal with the event's text written again: match.ts).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { unwrapPath } from '../../src/core/node-helpers';
import type { ListenerCall } from './listener-call';

/** The file's text (a string, or the rule context's source). */
type SourceLike = { slice(start: number, end: number): string };
import { isSameCapture, isSameListenerTarget, resolveCaptureFlag } from './listener-release-match';
import { isSameValue } from './same-value';

/** Whether `add` follows a changing key: removed for the old key before it is added, and for the kept key elsewhere (see the module comment). */
export function isFollowedKeyListener(add: ListenerCall, removes: readonly ListenerCall[], source: SourceLike): boolean {
  if (add.role !== 'add' || !add.event || !add.handler || !isComputedKey(unwrapPath(add.event).node)) return false;
  const fn = enclosingFunction(add.call);
  if (!fn) return false;
  const keyed = removes.filter((remove) => isSameListenerWithOtherKey(add, remove, source));
  const before = keyed.some((remove) => enclosingFunction(remove.call) === fn && remove.call.node.end! <= add.call.node.start!);
  const elsewhere = keyed.some((remove) => enclosingFunction(remove.call) !== fn);
  return before && elsewhere;
}

/** `remove` takes the same handler off the same object (same capture flag), for an event computed as `add`'s is, from another value. */
function isSameListenerWithOtherKey(add: ListenerCall, remove: ListenerCall, source: SourceLike): boolean {
  if (remove.role !== 'remove' || remove.family !== add.family || !remove.event || !remove.handler) return false;
  if (!isSameValue(add.handler!, remove.handler) || !isSameListenerTarget(add.target, remove.target)) return false;
  if (add.family === 'event-listener' && !isSameCapture(resolveCaptureFlag(add.options), resolveCaptureFlag(remove.options))) return false;
  if (isSameValue(add.event!, remove.event)) return false;
  return isComputedAlike(unwrapPath(add.event!).node, unwrapPath(remove.event).node, source);
}

/** An event computed from a value: a call, or a template literal with an expression. */
function isComputedKey(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'CallExpression' || value.type === 'OptionalCallExpression' || (value.type === 'TemplateLiteral' && value.expressions.length > 0);
}

/** Two events computed the same way: calls of the same callee text with as many arguments, or template literals with the same text parts. */
function isComputedAlike(a: Node, b: Node, source: SourceLike): boolean {
  const x = unwrapExpression(a);
  const y = unwrapExpression(b);
  if (x.type === 'TemplateLiteral' && y.type === 'TemplateLiteral') {
    return x.expressions.length > 0 && x.quasis.length === y.quasis.length && x.quasis.every((quasi, index) => quasi.value.raw === y.quasis[index]!.value.raw);
  }
  const isCall = (node: Node) => node.type === 'CallExpression' || node.type === 'OptionalCallExpression';
  if (!isCall(x) || !isCall(y)) return false;
  const [cx, cy] = [x, y] as { callee: Node; arguments: Node[] }[];
  return cx!.arguments.length === cy!.arguments.length && text(cx!.callee, source) === text(cy!.callee, source);
}

/** The source text of `node`, without white space and optional-chaining marks. */
function text(node: Node, source: SourceLike): string {
  return source
    .slice(node.start!, node.end!)
    .replace(/\s+/g, '')
    .replace(/\?\.(?=[(\[])/g, '')
    .replace(/\?\.(?!\d)/g, '.');
}

function enclosingFunction(path: NodePath): Node | null {
  let current: NodePath | null = path.parentPath;
  while (current && !isFunctionNode(current.node)) current = current.parentPath;
  return current?.node ?? null;
}
