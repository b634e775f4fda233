/**
 * The element a view library hands to both mount hooks of one object literal: `el` of
 * `onmount: (el) => {…}` and of `onunmount: (el) => {…}` is the same element, so `el._handler`
 * added in one and removed in the other, or `el._timer` set in one and cleared in the other,
 * is one value (PocketBase's UI; Vue directive hooks; Mithril).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findAncestorPath } from '../../core/node-helpers';
import type { Binding } from '../syntax/scope';

/**
 * Acquire and release hooks of one object literal that are handed the same element as their
 * first parameter: a view library's `onmount` / `onunmount` (PocketBase's UI), Vue directive
 * hooks (`mounted` / `beforeUnmount` / `unmounted`, Vue 2's `bind` / `inserted` / `unbind`),
 * Mithril's `oncreate` / `onremove`, `attached` / `detached`, `connected` / `disconnected`.
 */
const HOOK_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/^on-?mount$/i, /^on-?(?:unmount|beforeunmount|destroy)$/i],
  [/^(?:created|beforeMount|mounted|bind|inserted)$/, /^(?:beforeUnmount|unmounted|unbind)$/],
  [/^oncreate$/i, /^(?:onremove|onbeforeremove)$/i],
  [/^attached$/, /^detached$/],
  [/^connected$/, /^disconnected$/],
];

export function getHookOfFirstParameter(binding: Binding, at: NodePath): { object: Node; name: string } | null {
  if (binding.kind !== 'param') return null;
  const fn = binding.declaration as Node & { params?: Node[] };
  if (!fn.params || fn.params[0] !== binding.identifier) return null;
  const fnPath = findAncestorPath(at, fn);
  const holder = fnPath?.parentPath;
  if (fn.type === 'ObjectMethod' && !fn.computed && fn.key.type === 'Identifier') {
    const object = holder?.node;
    return object?.type === 'ObjectExpression' ? { object, name: fn.key.name } : null;
  }
  const property = holder?.node;
  if (property?.type === 'ObjectProperty' && !property.computed && property.key.type === 'Identifier' && property.value === fn) {
    const object = holder?.parentPath?.node;
    return object?.type === 'ObjectExpression' ? { object, name: property.key.name } : null;
  }
  return null;
}

export function isSameHookElement(a: Binding, atA: NodePath, b: Binding, atB: NodePath): boolean {
  const hookA = getHookOfFirstParameter(a, atA);
  const hookB = getHookOfFirstParameter(b, atB);
  if (!hookA || !hookB || hookA.object !== hookB.object || hookA.name === hookB.name) return false;
  return HOOK_PAIRS.some(([acquire, release]) => (acquire.test(hookA.name) && release.test(hookB.name)) || (acquire.test(hookB.name) && release.test(hookA.name)));
}

/** The paths of the other hooks of the same object that are handed the same element (`onunmount` for `onmount`). */
export function getPairedHookFunctions(binding: Binding, at: NodePath): NodePath[] {
  const hook = getHookOfFirstParameter(binding, at);
  const fnPath = hook ? findAncestorPath(at, binding.declaration) : null;
  let objectPath: NodePath | null | undefined = fnPath?.parentPath;
  if (objectPath && objectPath.node.type === 'ObjectProperty') objectPath = objectPath.parentPath;
  if (!hook || !objectPath || objectPath.node !== hook.object) return [];
  const object = hook.object as Extract<Node, { type: 'ObjectExpression' }>;
  const paired: NodePath[] = [];
  object.properties.forEach((property, index) => {
    const name = property.type !== 'SpreadElement' && !property.computed && property.key.type === 'Identifier' ? property.key.name : null;
    if (name === null || name === hook.name || !HOOK_PAIRS.some(([acquire, release]) => (acquire.test(hook.name) && release.test(name)) || (acquire.test(name) && release.test(hook.name)))) return;
    const propertyPath = objectPath!.child(property, 'properties', index);
    if (property.type === 'ObjectMethod') paired.push(propertyPath);
    else if (property.type === 'ObjectProperty' && (property.value.type === 'ArrowFunctionExpression' || property.value.type === 'FunctionExpression')) paired.push(propertyPath.child(property.value, 'value'));
  });
  return paired;
}
