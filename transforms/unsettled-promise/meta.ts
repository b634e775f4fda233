/**
 * unsettled-promise: what the engine knows of the rule without loading it (id, prefilter, options,
 * docs). The lazy registry (transforms/registry.ts) reads this module alone; the
 * implementation in ./rule.ts is loaded only when a file or a plan needs it.
 */
import type { RuleMeta } from '../../src/core/rule';

export interface UnsettledPromiseOptions {
  timeoutMs: number;
}

export const meta: RuleMeta<UnsettledPromiseOptions> = {
  id: 'unsettled-promise',
  description: 'A promise that waits for an event, a callback or a timer with no error path, deadline or abort can stay pending for ever.',
  goAnalogue: 'a goroutine blocked for ever on a receive',
  fixLevel: 'auto',
  prefilter: /\bnew Promise\b|\bwithResolvers\b/,
  docs: 'docs/rules/unsettled-promise.md',
  // Its `medium` report-only findings were leaks 18 times in 300 on the labelled real code (6 %;
  // 266 doubtful: waits whose other outcome the code does not show): they are `low`
  // (docs/rules/unsettled-promise.md, "Confidence").
  calibratedConfidence: { medium: 'low' },
  options: {
    timeoutMs: {
      type: 'number',
      default: 30_000,
      description: 'The deadline a suggestion gives a wait that has no signal in scope (`AbortSignal.timeout(timeoutMs)`).',
      validate: (value) => (Number.isFinite(value) && value > 0 ? null : 'must be a positive number of milliseconds'),
    },
  },
};
