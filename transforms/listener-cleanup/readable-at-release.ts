/**
 * Whether code at a release place can evaluate an expression of the acquisition again and get
 * the same value — so a removal may write it as it is (`window`, `'resize'`, `onResize`,
 * `this.onResize`, `getVisibilityEvent()`) instead of keeping a copy made at the acquisition:
 *
 * - a constant; a global; `this`, when it is the same object there (the instance in a class
 *   release method or a Vue component's hooks, or no other function lies between);
 * - a binding the release place can see that is never reassigned (module-level ones
 *   anywhere);
 * - a member chain off one of those — off a local binding only in a Vue / Svelte teardown hook,
 *   which runs while template refs are still set (`list.value`); elsewhere a property of a
 *   local may have changed by then (`ref.current` in a React cleanup);
 * - template literals and `+` of readable parts; a call of an imported helper with readable
 *   arguments (docs/catalog.md trusts it to be pure).
 *
 * Calls of anything else (`window.matchMedia(q)`) give a new object each time: not readable.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { getReleaseBlock } from '../../src/analysis/lifecycle/release-block';
import type { ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { resolveStaticValue, UNKNOWN } from './same-value';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { resolveThisObject } from '../../src/analysis/syntax/this-object';
import { isInsideNode, unwrapPath } from '../../src/core/node-helpers';

/**
 * Code at the release place that evaluates `path` again gets the same value: a constant, a
 * global, `this` (the instance), a binding the place can see that is never reassigned, a
 * member chain off one of those (off a binding only in a Vue/Svelte teardown hook, where
 * template refs are still set), an imported helper's call.
 */
export function isReadableAt(path: NodePath, place: ReleasePlace, depth = 0): boolean {
  const value = unwrapPath(path);
  const node = value.node;
  if (depth > 6) return false;
  if (resolveStaticValue(value) !== UNKNOWN && node.type !== 'Identifier' && node.type !== 'MemberExpression') return true;
  switch (node.type) {
    case 'Identifier': {
      const binding = findBinding(value, node.name);
      if (!binding) return true;
      if (binding.scope.type === 'Program') return !isReassigned(binding, value);
      if (place.kind === 'class-method' || !isInsideNode(getReleaseBlock(place), binding.scope)) return false;
      return !isReassigned(binding, value);
    }
    case 'ThisExpression':
      // Case: a Vue component's hooks and methods share one instance.
      if (place.kind === 'options-hook') return resolveThisObject(value)?.node === place.vue.component.object.node;
      return place.kind === 'class-method' || !crossesFunction(value, getReleaseBlock(place));
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      if (getPropertyName(node) === null) return false;
      const object = value.child(node.object, 'object');
      const root = unwrapPath(object).node;
      const rootIsLocal = root.type === 'Identifier' && findBinding(object, root.name)?.scope.type !== 'Program' && findBinding(object, root.name) !== null && !resolveModuleReference(object, root.name);
      if (rootIsLocal && place.kind !== 'teardown-hook') return false;
      return isReadableAt(object, place, depth + 1);
    }
    // Case: `${this.root}/config.json`, `prefix + name`
    case 'TemplateLiteral':
      return node.expressions.every((expression, i) => isReadableAt(value.child(expression as Node, 'expressions', i), place, depth + 1));
    case 'BinaryExpression':
      return node.operator === '+' && isReadableAt(value.child(node.left as Node, 'left'), place, depth + 1) && isReadableAt(value.child(node.right, 'right'), place, depth + 1);
    case 'CallExpression': {
      const callee = unwrapPath(value.child(node.callee as Node, 'callee')).node;
      const name = callee.type === 'Identifier' ? callee.name : null;
      if (!name || !resolveModuleReference(value, name)) return false;
      return node.arguments.every((argument, i) => argument.type !== 'SpreadElement' && isReadableAt(value.child(argument as Node, 'arguments', i), place, depth + 1));
    }
    default:
      return false;
  }
}

/** A non-arrow function lies between `path` and `block`: `this` there is another object. */
function crossesFunction(path: NodePath, block: Node): boolean {
  for (let current = path.parentPath; current && current.node !== block; current = current.parentPath) {
    if (isFunctionNode(current.node) && current.node.type !== 'ArrowFunctionExpression') return true;
  }
  return false;
}

