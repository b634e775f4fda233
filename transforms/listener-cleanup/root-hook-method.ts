/**
 * listener-cleanup: a method of the app's root component (app-root-component.ts) that only its
 * acquire hooks call — `mounted() { if (this.isIFrame) this.registerListeners(); if
 * (this.isWebView) this.registerListeners(); }` — runs when the root mounts, once for the life of
 * the page. The owner analysis takes a method for the component's own code only when one hook
 * statement calls it (vue-options-owner.ts: a fix must know it runs once); here, with several
 * or conditional calls, the listener has no owner, but its lifetime is still the root's: `medium`,
 * as for what the root's hooks add directly, not `high` (chatwoot's widget root).
 *
 * Every `this.<name>` of the component object must be a call made directly in the body of a
 * `created` / `beforeMount` / `mounted` / `activated` member (no function in between: a callback
 * there may run again and again), and no string may name the method (`watch: { id: 'start' }`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { resolveThisObject } from '../../src/analysis/syntax/this-object';
import { getOptionsMemberFunction, getOptionsMemberName } from '../../src/analysis/lifecycle/vue-options-component';
import { VUE_ACQUIRE_HOOKS } from '../../src/analysis/lifecycle/vue-options-owner';
import { isAppRootComponentPath } from '../../src/analysis/lifecycle/app-root-component';

/** The member (`name() {}` / `name: function () {}`) `fn` is the function of, with its object. */
function getObjectMember(fn: NodePath): { member: NodePath; object: NodePath; name: string } | null {
  const member = fn.node.type === 'ObjectMethod' ? fn : fn.parent?.type === 'ObjectProperty' && fn.key === 'value' ? fn.parentPath : null;
  const object = member?.parentPath;
  if (!member || object?.node.type !== 'ObjectExpression' || getOptionsMemberFunction(member.node) !== fn.node) return null;
  const name = getOptionsMemberName(member.node);
  return name === null ? null : { member, object, name };
}

/** `call` (an acquisition) is directly in a method of the root component that only its acquire hooks call. */
export function isHookOnlyMethodOfRootComponent(call: NodePath, filename: string): boolean {
  if (!isAppRootComponentPath(filename)) return false;
  const fn = call.findParent((path) => isFunctionNode(path.node));
  const method = fn ? getObjectMember(fn) : null;
  // Case: `methods: { registerListeners() { … } }` in `export default { … }`
  const holder = method?.object.parentPath;
  const component = holder?.parentPath;
  if (!method || holder?.node.type !== 'ObjectProperty' || getOptionsMemberName(holder.node) !== 'methods' || component?.node.type !== 'ObjectExpression') return false;
  let calls = 0;
  let otherUse = false;
  forEachDescendant(component, (path) => {
    if (otherUse) return false;
    const node: Node = path.node;
    if (node.type === 'StringLiteral' && node.value === method.name && path.key !== 'key') otherUse = true;
    if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.object.type !== 'ThisExpression' || getPropertyName(node) !== method.name) return undefined;
    if (resolveThisObject(path)?.node !== component.node) return undefined;
    const parent = path.parentPath;
    const hookFn = path.findParent((ancestor) => isFunctionNode(ancestor.node));
    const hook = hookFn ? getObjectMember(hookFn) : null;
    if (parent?.node.type !== 'CallExpression' || path.key !== 'callee' || !hook || hook.object.node !== component.node || !VUE_ACQUIRE_HOOKS.has(hook.name)) otherUse = true;
    else calls++;
    return undefined;
  });
  return !otherUse && calls > 0;
}
