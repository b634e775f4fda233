/**
 * A wait, in a class's method, for an event the class itself dispatches on its own instance:
 * `new Promise((resolve) => this.addEventListener('after-hide', () => resolve(), { once: true }))`
 * in a web component that emits `'after-hide'` itself when it finishes hiding
 * (`this.dispatchEvent(new CustomEvent('after-hide'))`, or a helper such as `this.emit('after-hide')`).
 * The event is the class's own state change, not a platform operation that can fail: it has no
 * error event to listen for, and it comes when the object reaches that state — when a person
 * dismisses the element, however long they take, like a dialog's `'close'`. The listener is on
 * the object itself and goes with it. Not a finding.
 *
 * The same through an emitter the class makes for itself and keeps in a field: `private _events =
 * new EventEmitter()` (or `this._events = new EventEmitter()` in its constructor, and no other
 * assignment to it in the class), waited on as `this._events.once('disconnect', () => resolve())`,
 * where the class emits that event on the same field (`this._events.emit('disconnect')`). The
 * emitter is the class's own event bus, not a platform operation: nothing else makes it fail, and
 * the event comes when the class reaches that state (colyseus's `Room.disconnect()`). An emitter
 * handed in, or an event only something outside the class emits on it, stays a finding.
 */
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getClassMemberName, getThisMemberName } from '../../src/analysis/syntax/class-member-name';
import type { EventRegistration } from './event-registration';

const LISTENING_METHODS = new Set(['addEventListener', 'removeEventListener', 'on', 'once', 'off', 'addListener', 'removeListener', 'prependListener', 'prependOnceListener']);

/** The class body whose instance `this` is at `path`: arrows only between them (a `function` rebinds `this`). */
function findThisClassBody(path: NodePath): Node | null {
  for (const ancestor of path.ancestors()) {
    const type = ancestor.node.type;
    if (type === 'ClassMethod' || type === 'ClassPrivateMethod') return ancestor.parentPath?.node.type === 'ClassBody' ? ancestor.parentPath.node : null;
    if (type === 'ClassProperty' || type === 'ClassPrivateProperty') continue;
    if (type === 'ClassBody') return ancestor.node;
    if (type === 'FunctionExpression' || type === 'FunctionDeclaration' || type === 'ObjectMethod' || type === 'Program') return null;
  }
  return null;
}

/** The class body dispatches `eventName` itself: the name is the first argument of a call or `new` that does not listen for it. */
function dispatchesEvent(classBody: Node, eventName: string): boolean {
  let found = false;
  forEachNode(classBody, (node) => {
    if (found) return false;
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const first = node.arguments[0];
    if (!first || first.type !== 'StringLiteral' || first.value !== eventName) return undefined;
    const callee = unwrapExpression(node.callee as Node);
    const name = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? getPropertyName(callee) : callee.type === 'Identifier' ? callee.name : null;
    if (name !== null && LISTENING_METHODS.has(name)) return undefined;
    found = true;
    return false;
  });
  return found;
}

/**
 * The class makes the field's object itself and never replaces it: one `new …()` as the field's
 * initialiser or in a `this.field = new …()` of its constructor, and no other `this.field = …`.
 */
function isOwnMadeField(classBody: Node, field: string): boolean {
  if (classBody.type !== 'ClassBody') return false;
  let made = 0;
  let otherWrites = 0;
  for (const member of classBody.body) {
    if (!((member.type === 'ClassProperty' && !member.static) || member.type === 'ClassPrivateProperty') || getClassMemberName(member) !== field) continue;
    const value = (member as { value?: Node | null }).value;
    if (value && unwrapExpression(value).type === 'NewExpression') made++;
    else if (value) otherWrites++;
  }
  forEachNode(classBody, (node) => {
    if (node !== classBody && node.type === 'ClassBody') return false;
    if (node.type !== 'AssignmentExpression' || getThisMemberName(node.left as Node) !== field) return undefined;
    if (node.operator === '=' && isInConstructor(classBody, node) && unwrapExpression(node.right).type === 'NewExpression') made++;
    else otherWrites++;
    return undefined;
  });
  return made === 1 && otherWrites === 0;
}

function isInConstructor(classBody: Node, target: Node): boolean {
  if (classBody.type !== 'ClassBody') return false;
  const ctor = classBody.body.find((member) => member.type === 'ClassMethod' && member.kind === 'constructor');
  if (!ctor) return false;
  let found = false;
  forEachNode(ctor, (node) => {
    if (found) return false;
    if (node === target) found = true;
    return found ? false : undefined;
  });
  return found;
}

/** The class emits `eventName` on its field: `this.field.emit('name', …)`, `this.field.dispatchEvent(new Event('name'))`. */
function dispatchesEventOnField(classBody: Node, field: string, eventName: string): boolean {
  let found = false;
  forEachNode(classBody, (node) => {
    if (found || (node !== classBody && node.type === 'ClassBody')) return false;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const callee = unwrapExpression(node.callee as Node);
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return undefined;
    if (getThisMemberName(callee.object as Node) !== field) return undefined;
    const method = getPropertyName(callee);
    const first = node.arguments[0] ? unwrapExpression(node.arguments[0] as Node) : null;
    if (method === 'emit' && first?.type === 'StringLiteral' && first.value === eventName) found = true;
    if (method === 'dispatchEvent' && first?.type === 'NewExpression') {
      const name = first.arguments[0];
      if (name?.type === 'StringLiteral' && name.value === eventName) found = true;
    }
    return found ? false : undefined;
  });
  return found;
}

export function isOwnEventWait(wait: EventRegistration, executor: PromiseExecutor): boolean {
  if (wait.eventName === null) return false;
  const target = unwrapExpression(wait.target);
  const field = target.type === 'ThisExpression' ? null : getThisMemberName(target);
  if (target.type !== 'ThisExpression' && field === null) return false;
  // `this` inside a `function` executor is not the instance.
  if (executor.fn.type !== 'ArrowFunctionExpression') return false;
  const classBody = findThisClassBody(executor.promise);
  if (classBody === null) return false;
  if (field === null) return dispatchesEvent(classBody, wait.eventName);
  return isOwnMadeField(classBody, field) && dispatchesEventOnField(classBody, field, wait.eventName);
}
