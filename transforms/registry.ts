/**
 * The rules as the engine holds them: each rule's meta (`./<rule>/meta.ts`: id, prefilter,
 * options, docs) is read at once, its implementation (`./<rule>/rule.ts`, with the analysis
 * it imports) only when a file or a plan first needs it (`loadRules`). A `--cache` run whose
 * files and plans all come from the cache loads no rule implementation at all, and a run with
 * a few changed files loads only the rules whose prefilters match them.
 *
 * Each entry is a rule whose `create` and `project.plan` call the implementation once
 * `loadRules` has loaded it (calling them before is an engine bug, and says so). The order and
 * the metas are those of transforms/index.ts (the eager list the API, docs and tests read); a
 * test keeps the two lists alike.
 */
import type { AnyRule, RuleMeta } from '../src/core/rule';
import { meta as fetchTimeout } from './fetch-timeout/meta';
import { meta as timerCleanup } from './timer-cleanup/meta';
import { meta as listenerCleanup } from './listener-cleanup/meta';
import { meta as unconsumedPromise } from './unconsumed-promise/meta';
import { meta as loopCancellation } from './loop-cancellation/meta';
import { meta as unsettledPromise } from './unsettled-promise/meta';

/** A registry rule: its meta now, its implementation after `loadRules`. */
export interface LazyRule extends AnyRule {
  /** Whether the implementation is loaded (its `create` and `plan` may be called). */
  readonly loaded: boolean;
}

type ImportRule = () => Promise<{ rule: AnyRule }>;

const implementations = new Map<string, AnyRule>();
const importers = new Map<string, ImportRule>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function lazyRule(meta: RuleMeta<any>, hasProject: boolean, importRule: ImportRule): LazyRule {
  importers.set(meta.id, importRule);
  const implementation = (): AnyRule => {
    const loaded = implementations.get(meta.id);
    if (!loaded) throw new Error(`rule ${meta.id} was used before loadRules() loaded it`);
    return loaded;
  };
  return {
    meta,
    create: (context) => implementation().create(context),
    ...(hasProject ? { project: { plan: (context) => implementation().project!.plan(context) } } : {}),
    get loaded() {
      return implementations.has(meta.id);
    },
  };
}

// Dynamic `import()`: Node loads the compiled CommonJS module through its usual cache, and the
// test runner resolves it to the TypeScript source (a `require` of a `.ts` file would not work there).
export const lazyRules: readonly LazyRule[] = [
  lazyRule(fetchTimeout, true, () => import('./fetch-timeout/rule.js')),
  lazyRule(timerCleanup, false, () => import('./timer-cleanup/rule.js')),
  lazyRule(listenerCleanup, true, () => import('./listener-cleanup/rule.js')),
  lazyRule(unconsumedPromise, false, () => import('./unconsumed-promise/rule.js')),
  lazyRule(loopCancellation, true, () => import('./loop-cancellation/rule.js')),
  lazyRule(unsettledPromise, true, () => import('./unsettled-promise/rule.js')),
];

/** Loads the implementations of these rules (by id; unknown ids are ignored), once per process. */
export async function loadRules(ids: Iterable<string>): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !implementations.has(id) && importers.has(id));
  const loaded = await Promise.all(missing.map((id) => importers.get(id)!()));
  missing.forEach((id, index) => implementations.set(id, loaded[index]!.rule));
}
