/**
 * listener-cleanup: a DOM listener on an element that the same function puts into an element the
 * instance holds:
 *
 *   const grip = this.makeGrip(side);           // or document.createElement('span'), a factory
 *   grip.addEventListener('pointerdown', (event) => this.startDrag(event, side));
 *   this.frame.appendChild(grip);
 *
 * The element becomes a child of the instance's own DOM: the listener lives as long as that
 * element, which goes when the instance's element is dropped, and nothing outside the instance
 * keeps it. It is a leak only if the element is handed in again and again (a factory that
 * returns one shared element), which the code does not show: `low`, not dropped.
 */
import type { CallExpression, MemberExpression, Node, OptionalMemberExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { CHILD_INSERTING_METHODS } from '../../src/analysis/syntax/dom-insertion';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';

/** `this.frame`, `this.dom.body`: a member read rooted at `this`, at least one property deep. */
function isInstanceElement(node: Node): boolean {
  if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return false;
  let root: Node = node;
  while (root.type === 'MemberExpression' || root.type === 'OptionalMemberExpression') {
    if (root.computed) return false;
    root = root.object;
  }
  return root.type === 'ThisExpression';
}

/** The target is a `const` / `let` of this function that it inserts into an element the instance holds. */
export function isInsertedIntoOwnElement(target: NodePath | null): boolean {
  return isPassedToMemberCall(target, (call) => CHILD_INSERTING_METHODS.has(getPropertyName(call.callee) ?? '') && isInstanceElement(call.callee.object), true);
}

/**
 * The target is a variable (of a function, or with `localOnly` a function's `const` / `let`) that
 * the code around its declaration passes to a member call `accepts` takes (`this.frame.append(grip)`,
 * `document.body.append(button)`).
 */
export function isPassedToMemberCall(target: NodePath | null, accepts: (call: CallExpression & { callee: MemberExpression | OptionalMemberExpression }) => boolean, localOnly = false): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  if (path.node.type !== 'Identifier') return false;
  const name = path.node.name;
  const binding = findBinding(path, name);
  if (!binding || (localOnly && (binding.scope.type === 'Program' || (binding.kind !== 'const' && binding.kind !== 'let')))) return false;
  const scope = findAncestorPath(path, binding.scope);
  if (!scope) return false;
  let found = false;
  forEachDescendant(scope, (child) => {
    if (found) return false;
    const node = child.node;
    if (node.type !== 'CallExpression' || (node.callee.type !== 'MemberExpression' && node.callee.type !== 'OptionalMemberExpression')) return undefined;
    if (!accepts(node as CallExpression & { callee: MemberExpression | OptionalMemberExpression })) return undefined;
    if (node.arguments.some((argument) => argument.type === 'Identifier' && argument.name === name && findBinding(child, name) === binding)) found = true;
    return undefined;
  });
  return found;
}

/** The function that holds `target` (a variable) passes it to a call on `document…` (`document.body.append(button)`). */
export function isPutInDocument(target: NodePath | null): boolean {
  return isPassedToMemberCall(target, (call) => {
    let root: Node = call.callee.object;
    while (root.type === 'MemberExpression' || root.type === 'OptionalMemberExpression') root = root.object;
    return root.type === 'Identifier' && root.name === 'document';
  });
}
