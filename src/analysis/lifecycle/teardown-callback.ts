/**
 * Whether an acquisition runs directly in a component's teardown: the callback of a teardown hook
 * (`onDestroy(() => …)` in Svelte, Angular's `destroyRef.onDestroy(…)`, Vue's `onBeforeUnmount` /
 * `onUnmounted`, Solid's `onCleanup`), the cleanup an effect returns, a Vue Options-API
 * `beforeUnmount` / `unmounted` / `beforeDestroy` / `destroyed`, or a framework class's own release
 * member (`ngOnDestroy`, `componentWillUnmount`, `disconnectedCallback`).
 *
 * Nothing of the component runs after that code to end what it starts: a listener added or an
 * interval started there is never ended, and is most likely a slip for the removal
 * (`addEventListener` written for `removeEventListener`). A fix that "ends it at teardown" would
 * put the end right beside the start. Only the code directly in the callback counts, not a
 * callback it hands on; and not a generic `dispose()` / `close()` method, whose own work may
 * well wait for something (`close() { socket.once('close', done) }`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { SingleFileComponent } from '../../core/rule';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { isFunctionNode } from '../syntax/scope';
import type { OwnerScope } from './owner-scope';
import { getOptionsMemberFunction, getOptionsMemberName, resolveVueOptionsComponent } from './vue-options-component';

/** Composition-API and Svelte / Solid / Angular `DestroyRef` teardown registrations. */
const TEARDOWN_CALLS: ReadonlySet<string> = new Set(['onDestroy', 'onBeforeUnmount', 'onUnmounted', 'onCleanup']);
/** Vue Options-API teardown hooks (Vue 3 and Vue 2 names). */
const VUE_OPTIONS_TEARDOWN: ReadonlySet<string> = new Set(['beforeUnmount', 'unmounted', 'beforeDestroy', 'destroyed']);
/** Class owners whose release members the framework itself calls when the component goes away. */
const FRAMEWORK_CLASS_KINDS: ReadonlySet<string> = new Set(['react-class', 'vue-class', 'angular', 'custom-element']);

/** The teardown `acquisition` runs directly in, named for a message (`onDestroy`, `the effect's cleanup`), or `null`. */
export function findTeardownCallback(acquisition: NodePath, owner: OwnerScope, sfc: SingleFileComponent | null = null): string | null {
  const fn = acquisition.findParent((path) => isFunctionNode(path.node));
  if (!fn) return null;
  // Case: `componentWillUnmount() { window.addEventListener(…) }`, directly in the member.
  const classOwner = owner.classOwner;
  if (classOwner && FRAMEWORK_CLASS_KINDS.has(classOwner.kind) && owner.nested.length === 0 && classOwner.memberName !== null && classOwner.releaseMembers.has(classOwner.memberName)) {
    return `${classOwner.memberName}()`;
  }
  const parent = fn.parentPath;
  if (!parent) return null;
  // Case: `onDestroy(() => { … })`, `this.destroyRef.onDestroy(() => { … })`
  if ((parent.node.type === 'CallExpression' || parent.node.type === 'OptionalCallExpression') && fn.key === 'arguments') {
    const callee = unwrapExpression(parent.node.callee as Node);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? getPropertyName(callee) : null;
    if (name !== null && TEARDOWN_CALLS.has(name)) return name;
  }
  // Case: `useEffect(() => { …; return () => { … }; })`, `onMount(() => () => { … })`
  if (owner.lifecycle && owner.nested[0]?.node === fn.node && owner.nested.length === 1) {
    const scope = owner.scope.node;
    const returned = (parent.node.type === 'ReturnStatement' && fn.parentPath?.findParent((path) => isFunctionNode(path.node))?.node === scope) || (parent.node === scope && fn.key === 'body');
    if (returned) return "the effect's cleanup";
  }
  // Case: Options API, `beforeUnmount() { … }` / `destroyed: function () { … }`
  const member = fn.node.type === 'ObjectMethod' ? fn : parent.node.type === 'ObjectProperty' && fn.key === 'value' ? parent : null;
  const object = member?.parentPath;
  if (member && object?.node.type === 'ObjectExpression' && getOptionsMemberFunction(member.node) === fn.node) {
    const name = getOptionsMemberName(member.node);
    if (name !== null && VUE_OPTIONS_TEARDOWN.has(name) && resolveVueOptionsComponent(object, sfc)) return `${name}()`;
  }
  return null;
}
