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
import { isRunOnceCallback } from '../../src/analysis/syntax/run-once-callback';

const SETUP_MOUNT_HOOKS: ReadonlySet<string> = new Set(['onBeforeMount', 'onMounted']);
const OPTIONS_MOUNT_HOOKS: ReadonlySet<string> = new Set(['beforeCreate', 'created', 'beforeMount', 'mounted']);

/** Whether the acquisition runs once per mount of a Vue component (see the module comment). */
export function isVueMountTimeAcquisition(owner: OwnerScope): boolean {
  if (owner.inLoop || !owner.nested.every((fn) => isRunOnceCallback(fn))) return false;
  if (owner.kind === 'component-setup') {
    if (owner.setup?.framework !== 'vue' || owner.setup.kind !== 'setup') return false;
    return owner.lifecycle === null || (owner.lifecycle.framework === 'vue' && SETUP_MOUNT_HOOKS.has(owner.lifecycle.hook));
  }
  if (owner.kind === 'vue-options') return !!owner.vueOptions && !owner.vueOptions.viaMethod && OPTIONS_MOUNT_HOOKS.has(owner.vueOptions.hookName);
  return false;
}
