/**
 * listener-cleanup: what the engine knows of the rule without loading it (id, prefilter, options,
 * docs). The lazy registry (transforms/registry.ts) reads this module alone; the
 * implementation in ./rule.ts is loaded only when a file or a plan needs it.
 */
import type { RuleMeta } from '../../src/core/rule';
import { EFFECT_HOOKS_OPTION, INCLUDE_TESTS_OPTION } from '../../src/analysis/lifecycle/owner-rule-options';
import type { ListenerCleanupOptions } from './match';

export const meta: RuleMeta<ListenerCleanupOptions> = {
  id: 'listener-cleanup',
  description: 'A listener, subscription, observer, watcher or connection that is never removed keeps its callback (and everything it holds) alive after its owner is gone.',
  goAnalogue: 'a goroutine with no exit (every goroutine needs a way to stop)',
  fixLevel: 'auto',
  prefilter: /\b(?:addEventListener|addListener|prependListener|subscribe|watch|watchFile|WebSocket|EventSource|BroadcastChannel|Worker|AbortController)\b|Observer\b|\.on\s*\(/,
  docs: 'docs/rules/listener-cleanup.md',
  // Its fixes are exact, but most of its report-only findings on real libraries are not leaks
  // (docs/rules/listener-cleanup.md, "Precision"); each result's own confidence is its SARIF rank.
  precision: 'medium',
  // Its `medium` report-only findings were leaks 22 times in 477 on the labelled real code
  // (4.6 %, no better than `low`'s 1.1 %): they are `low`, left out of the reports people read by
  // default (docs/rules/listener-cleanup.md, "Precision", 2026-12-08).
  calibratedConfidence: { medium: 'low' },
  options: {
    effectHooks: EFFECT_HOOKS_OPTION,
    includeTests: INCLUDE_TESTS_OPTION,
    onceIsSafe: {
      type: 'boolean',
      default: false,
      description: 'Treat `{ once: true }` listeners as safe (by default they are leaks: the owner may go away before the event fires).',
    },
    reportProcessLifetime: {
      type: 'boolean',
      default: false,
      description: 'Also report module-level listeners and handles, and watchers or workers made process-lifetime with `.unref()`.',
    },
  },
};
