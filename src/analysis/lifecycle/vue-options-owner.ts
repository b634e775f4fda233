/**
 * A Vue Options-API component as an owner scope (see vue-options-component.ts for what counts
 * as a component): what it acquires in `created`, `beforeMount`, `mounted` or `activated`, it
 * releases in its unmount hook — `beforeUnmount` (Vue 3) or `beforeDestroy` (Vue 2), never
 * `unmounted` / `destroyed`, where template refs are already gone (docs/catalog.md's Vue policy) — and
 * what it acquires in `activated` (a `<keep-alive>` component, activated again and again) it
 * releases in `deactivated`.
 *
 * Only those hooks are acquire places. A method is public: the template, a watcher or a parent
 * (`this.$refs.child.start()`) may call it at any time, which this analysis cannot see. So a
 * method counts only when its only call in the component is one `this.start()` statement of
 * such a hook (and no string names it, as `watch: { x: 'start' }` would): then it belongs to that
 * hook's run, and the fix is a suggestion. Any other method, watcher, computed or hook has no owner.
 *
 * The release is certain (an `auto` fix) when the file shows the Vue major, or the hook is
 * `deactivated`, and the existing release hook is not an arrow property (an arrow's `this` is
 * not the instance: only a release that needs no `this` may go there, as a suggestion).
 */
import type { Node, ObjectExpression } from '@babel/types';
import type { SingleFileComponent } from '../../core/rule';
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from '../syntax/descendants';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { getEnclosingStatement } from '../syntax/enclosing-statement';
import { isFunctionNode } from '../syntax/scope';
import { resolveThisObject } from '../syntax/this-object';
import {
  findOptionsFunctionMember,
  getOptionsMemberFunction,
  getOptionsMemberName,
  resolveVueOptionsComponent,
  type VueMajor,
  type VueOptionsComponent,
} from './vue-options-component';

export const VUE_ACQUIRE_HOOKS: ReadonlySet<string> = new Set(['created', 'beforeMount', 'mounted', 'activated']);

export interface VueOptionsRelease {
  /** `beforeUnmount`, `beforeDestroy` or `deactivated`. */
  hook: string;
  /** The existing member of that name holding a function, if any. */
  existing: NodePath | null;
  /** The existing hook is an arrow property (its `this` is not the instance). */
  existingIsArrow: boolean;
  /** The file shows that this hook runs (the Vue major is known, or it is `deactivated`), and it can use `this`. */
  certain: boolean;
}

export interface VueOptionsOwner {
  component: VueOptionsComponent;
  /** The member whose function acquires: `mounted() {}`, or a method of `methods`. */
  member: NodePath;
  /** The acquire hook whose run the acquisition belongs to: `member` itself, or the hook that alone calls the method. */
  hook: NodePath;
  hookName: string;
  /** The acquisition is in a method the hook calls, not in the hook itself. */
  viaMethod: boolean;
  /** `this` in the member's own function is the instance (a method or `function` property, not an arrow). */
  memberThisIsInstance: boolean;
  release: VueOptionsRelease;
}

/** The member `fn` is the function of, and the object literal it belongs to. */
function getMember(fn: NodePath): { member: NodePath; object: NodePath<ObjectExpression>; name: string } | null {
  let member: NodePath | null = null;
  // Case: `mounted() {}`
  if (fn.node.type === 'ObjectMethod') member = fn;
  // Case: `mounted: function () {}`, `mounted: () => {}`
  else if ((fn.node.type === 'FunctionExpression' || fn.node.type === 'ArrowFunctionExpression') && fn.parentPath?.node.type === 'ObjectProperty') {
    if (fn.key === 'value') member = fn.parentPath;
  }
  const object = member?.parentPath;
  if (!member || object?.node.type !== 'ObjectExpression' || getOptionsMemberFunction(member.node) !== unwrapExpression(fn.node)) return null;
  const name = getOptionsMemberName(member.node);
  return name === null ? null : { member, object: object as NodePath<ObjectExpression>, name };
}

function findMemberPath(object: NodePath<ObjectExpression>, member: Node): NodePath {
  return object.child(member, 'properties', object.node.properties.indexOf(member as never));
}

/**
 * Vue 3 -> `beforeUnmount`, Vue 2 -> `beforeDestroy`; an unknown major -> not certain, in the
 * installed `vue`'s hook when the project's major is known, else `beforeUnmount`.
 */
function resolveVueRelease(component: VueOptionsComponent, hookName: string): VueOptionsRelease {
  const hook = hookName === 'activated' ? 'deactivated' : component.hookMajor === 2 ? 'beforeDestroy' : 'beforeUnmount';
  const existingNode = findOptionsFunctionMember(component.object.node, hook);
  const existing = existingNode ? findMemberPath(component.object, existingNode) : null;
  const existingIsArrow = existingNode !== null && getOptionsMemberFunction(existingNode)?.type === 'ArrowFunctionExpression';
  const known = hook === 'deactivated' || component.major !== null;
  return { hook, existing, existingIsArrow, certain: known && !existingIsArrow };
}

/** The body statement of an acquire hook of `component` that `call` is (`this.start();` directly in `mounted`), or `null`. */
function getCallingHook(call: NodePath, component: VueOptionsComponent): { hook: NodePath; name: string } | null {
  const statement = call.parentPath;
  const block = statement?.parentPath;
  const fn = block?.parentPath;
  if (statement?.node.type !== 'ExpressionStatement' || block?.node.type !== 'BlockStatement' || !fn || block.key !== 'body') return null;
  const member = getMember(fn);
  if (!member || member.object.node !== component.object.node || !VUE_ACQUIRE_HOOKS.has(member.name)) return null;
  return { hook: member.member, name: member.name };
}

/**
 * For a method of the component's `methods`: the one acquire hook that calls it, when that is
 * its only use in the component (no other `this.name`, no string naming it).
 */
function findOnlyCallingHook(component: VueOptionsComponent, name: string): { hook: NodePath; name: string } | null {
  const calls: NodePath[] = [];
  let otherUse = false;
  forEachDescendant(component.object, (path) => {
    if (otherUse) return false;
    const node = path.node;
    // Case: `watch: { id: 'start' }` names the method.
    if (node.type === 'StringLiteral' && node.value === name && path.key !== 'key') otherUse = true;
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'ThisExpression' && getPropertyName(node) === name) {
      if (resolveThisObject(path)?.node !== component.object.node) return undefined;
      const parent = path.parentPath!;
      if (parent.node.type === 'CallExpression' && path.key === 'callee') calls.push(parent);
      else otherUse = true;
    }
    return undefined;
  });
  if (otherUse || calls.length !== 1) return null;
  return getCallingHook(calls[0]!, component);
}

/**
 * The Options-API owner of code in `fn` (a function on the way up from an acquisition), or
 * `null` when `fn` is not an acquire hook of a component, nor a method that only such a hook calls.
 */
export function resolveVueOptionsOwner(fn: NodePath, sfc: SingleFileComponent | null, projectMajor: VueMajor | null = null): VueOptionsOwner | null {
  const found = getMember(fn);
  if (!found) return null;
  const memberThisIsInstance = fn.node.type !== 'ArrowFunctionExpression';
  // Case: `mounted() { ... }` of a component
  if (VUE_ACQUIRE_HOOKS.has(found.name)) {
    const component = resolveVueOptionsComponent(found.object, sfc, projectMajor);
    if (!component) return null;
    return { component, member: found.member, hook: found.member, hookName: found.name, viaMethod: false, memberThisIsInstance, release: resolveVueRelease(component, found.name) };
  }
  // Case: `methods: { start() { ... } }`, called only as `this.start();` in `mounted`
  const methods = found.object;
  const holder = methods.parentPath;
  if (holder?.node.type !== 'ObjectProperty' || methods.key !== 'value' || getOptionsMemberName(holder.node) !== 'methods' || !holder.parentPath) return null;
  const component = resolveVueOptionsComponent(holder.parentPath, sfc, projectMajor);
  if (!component) return null;
  const caller = findOnlyCallingHook(component, found.name);
  if (!caller) return null;
  return { component, member: found.member, hook: caller.hook, hookName: caller.name, viaMethod: true, memberThisIsInstance, release: resolveVueRelease(component, caller.name) };
}

/** A `return` or `throw` of `node` itself (not of a function or class inside it). */
function canLeave(node: Node): boolean {
  if (node.type === 'ReturnStatement' || node.type === 'ThrowStatement') return true;
  if (isFunctionNode(node) || node.type === 'ClassDeclaration' || node.type === 'ClassExpression') return false;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'extra' || key.endsWith('Comments')) continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof (child as Node).type === 'string' && canLeave(child as Node)) return true;
    }
  }
  return false;
}

/**
 * The statement holding `path` runs on every run of the acquiring member: it is a statement
 * of the member's own body, and nothing before it can return or throw. What it sets on `this`
 * is then set by the time the release hook runs.
 */
export function isReachedOnEveryRun(path: NodePath, vue: VueOptionsOwner): boolean {
  const fn = getOptionsMemberFunction(vue.member.node);
  if (!fn || (fn.type !== 'ObjectMethod' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') || fn.body.type !== 'BlockStatement') return false;
  const statement = getEnclosingStatement(path);
  if (!statement || statement.parentPath?.node !== fn.body) return false;
  const body = fn.body.body;
  return body.slice(0, body.indexOf(statement.node as never)).every((before) => !canLeave(before));
}
