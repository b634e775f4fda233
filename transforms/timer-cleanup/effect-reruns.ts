/**
 * Whether an effect owner re-runs while its component lives: React effects with a dependency
 * list that is not `[]` (or none at all), Svelte `$effect` and Solid `createEffect`, which track
 * what they read. Their cleanup runs before every re-run, not only at unmount, so a one-shot
 * timer cleared there is also cancelled by a dependency change (issue 8, item 1).
 */
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';

export type EffectRerun =
  /** `useEffect(fn)`: after every render. */
  | { kind: 'every-render'; hook: string }
  /** `useEffect(fn, [a, b])`, `useEffect(fn, deps)`: when a listed dependency changes. */
  | { kind: 'listed'; hook: string; dependencies: string | null }
  /** `$effect(fn)`, `createEffect(fn)`: when a value the effect reads changes. */
  | { kind: 'tracked'; hook: string };

const TRACKING_HOOKS = new Set(['$effect', '$effect.pre', 'createEffect', 'createRenderEffect']);

/** How the effect that owns an acquisition re-runs, or `null` when its cleanup runs at unmount alone. */
export function resolveEffectRerun(owner: OwnerScope, getText: (start: number, end: number) => string): EffectRerun | null {
  const lifecycle = owner.lifecycle;
  if (!lifecycle) return null;
  const hook = lifecycle.hook;
  // Case: Svelte `$effect`, Solid `createEffect`: dependencies are whatever the callback reads.
  if (TRACKING_HOOKS.has(hook)) return { kind: 'tracked', hook };
  // Case: Vue `onMounted`, Svelte / Solid `onMount`: run once.
  if (owner.kind !== 'react-effect') return null;
  const dependencies = lifecycle.call.node.arguments[1];
  // Case: `useEffect(fn)` (and a project effect hook called without a list)
  if (!dependencies) return { kind: 'every-render', hook };
  const list = unwrapExpression(dependencies as never);
  // Case: `useEffect(fn, [])`: the cleanup runs at unmount alone.
  if (list.type === 'ArrayExpression' && list.elements.length === 0) return null;
  // Case: `useEffect(fn, [notice])`, `useEffect(fn, deps)`
  return { kind: 'listed', hook, dependencies: getText(dependencies.start!, dependencies.end!) };
}

/** "a change of `[notice]`" — what re-runs the effect, for a finding's message. */
export function describeEffectRerun(rerun: EffectRerun): string {
  switch (rerun.kind) {
    case 'every-render':
      return `every re-render, as \`${rerun.hook}\` has no dependency list`;
    case 'listed':
      return rerun.dependencies && rerun.dependencies.length <= 40 && !rerun.dependencies.includes('\n') ? `a change of \`${rerun.dependencies}\`` : 'a dependency change';
    case 'tracked':
      return `a change of any value \`${rerun.hook}\` reads`;
  }
}
