/**
 * listener-cleanup: code a Vue component runs once per mount — the top level of `setup()` or of
 * a `<script setup>` block, an `onBeforeMount` / `onMounted` callback registered there, or an
 * Options-API `beforeCreate` / `created` / `beforeMount` / `mounted` hook itself — with nothing
 * but run-once callbacks (a promise reaction, a one-shot timer) in between:
 *
 *   <script setup>
 *   eventBus.on('SONGS_UPDATED', () => refresh())   // once per mount of this component
 *   onMounted(() => window.addEventListener('scroll', onScroll))
 *   </script>
 *
 * A listener it adds on an object that outlives every component (a global, an imported
 * module-level bus) piles up only if the component is mounted again, and that is decided by the
 * templates that use it, not by this file: Vue keeps a component mounted across visits with
 * `v-show` or `<KeepAlive>` as often as it mounts it again with `v-if` (koel's screens do both;
 * a root layout is mounted once per page). Not a composable (`useX()`: made to be called by many
 * components), not `onActivated` (runs at every activation), not a method or a watcher (run
 * as often as what calls them), not a loop.
 */
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import type { NodePath } from '../../src/core/traverse';
import { isRunOnceCallback } from '../../src/analysis/syntax/run-once-callback';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';

const SETUP_MOUNT_HOOKS: ReadonlySet<string> = new Set(['onBeforeMount', 'onMounted']);
const OPTIONS_MOUNT_HOOKS: ReadonlySet<string> = new Set(['beforeCreate', 'created', 'beforeMount', 'mounted']);

/** Whether the acquisition runs once per mount of a Vue component (see the module comment). */
export function isVueMountTimeAcquisition(owner: OwnerScope): boolean {
  if (owner.inLoop || !owner.nested.every((fn, index) => isRunOnceCallback(fn) || (index === owner.nested.length - 1 && owner.kind === 'component-setup' && owner.lifecycle === null && isVueBeforeMountCallback(fn)))) return false;
  if (owner.kind === 'component-setup') {
    if (owner.setup?.framework !== 'vue' || owner.setup.kind !== 'setup') return false;
    return owner.lifecycle === null || (owner.lifecycle.framework === 'vue' && SETUP_MOUNT_HOOKS.has(owner.lifecycle.hook));
  }
  if (owner.kind === 'vue-options') return !!owner.vueOptions && !owner.vueOptions.viaMethod && OPTIONS_MOUNT_HOOKS.has(owner.vueOptions.hookName);
  return false;
}

/**
 * `onBeforeMount(() => { … })` with `onBeforeMount` imported from `vue`: the owner analysis knows
 * `onMounted` as the setup's mount hook, and leaves `onBeforeMount`'s callback a nested function of
 * the setup; it runs once per mount all the same, just before `onMounted`'s (Zettlr's window
 * chrome listens to its config there).
 */
function isVueBeforeMountCallback(fn: NodePath): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || fn.key !== 'arguments' || fn.index !== 0) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier') return false;
  const reference = resolveModuleReference(fn, callee.name);
  return reference !== null && reference.source === 'vue' && reference.imported === 'onBeforeMount';
}
