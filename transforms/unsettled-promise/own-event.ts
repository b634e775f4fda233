/**
 * A wait, in a class's method, for an event the class itself dispatches on its own instance:
 * `new Promise((resolve) => this.addEventListener('after-hide', () => resolve(), { once: true }))`
 * in a web component that emits `'after-hide'` itself when it finishes hiding
 * (`this.dispatchEvent(new CustomEvent('after-hide'))`, or a helper such as `this.emit('after-hide')`).
 * The event is the class's own state change, not a platform operation that can fail: it has no
 * error event to listen for, and it comes when the object reaches that state — when a person
 * dismisses the element, however long they take, like a dialog's `'close'`. The listener is on
 * the object itself and goes with it. Not a finding.
 */
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
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

export function isOwnEventWait(wait: EventRegistration, executor: PromiseExecutor): boolean {
  if (wait.eventName === null || unwrapExpression(wait.target).type !== 'ThisExpression') return false;
  // `this` inside a `function` executor is not the instance.
  if (executor.fn.type !== 'ArrowFunctionExpression') return false;
  const classBody = findThisClassBody(executor.promise);
  return classBody !== null && dispatchesEvent(classBody, wait.eventName);
}
