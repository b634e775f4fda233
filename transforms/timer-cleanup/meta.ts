/**
 * timer-cleanup: what the engine knows of the rule without loading it (id, prefilter, options,
 * docs). The lazy registry (transforms/registry.ts) reads this module alone; the
 * implementation in ./rule.ts is loaded only when a file or a plan needs it.
 */
import type { RuleMeta } from '../../src/core/rule';
import { EFFECT_HOOKS_OPTION, INCLUDE_TESTS_OPTION } from '../../src/analysis/lifecycle/owner-rule-options';

export interface TimerCleanupOptions {
  effectHooks: string[];
  includeTests: boolean;
  reportProcessLifetime: boolean;
}

export const meta: RuleMeta<TimerCleanupOptions> = {
  id: 'timer-cleanup',
  description: 'A timer that is never cleared keeps its callback (and everything it holds) alive after its owner is gone.',
  goAnalogue: 'a time.Ticker that is never stopped',
  fixLevel: 'auto',
  prefilter: /\b(?:setInterval|setTimeout|requestAnimationFrame|requestIdleCallback)\b/,
  docs: 'docs/rules/timer-cleanup.md',
  // Its `medium` report-only findings were leaks 2 times in 31 on the labelled real code (6.5 %):
  // they are `low` (docs/rules/timer-cleanup.md, "Confidence").
  calibratedConfidence: { medium: 'low' },
  options: {
    effectHooks: EFFECT_HOOKS_OPTION,
    includeTests: INCLUDE_TESTS_OPTION,
    reportProcessLifetime: {
      type: 'boolean',
      default: false,
      description: 'Also report timers made process-lifetime on purpose (`.unref()`) and module-level intervals, as suggestions.',
    },
  },
};
