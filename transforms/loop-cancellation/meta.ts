/**
 * loop-cancellation: what the engine knows of the rule without loading it (id, prefilter, options,
 * docs). The lazy registry (transforms/registry.ts) reads this module alone; the
 * implementation in ./rule.ts is loaded only when a file or a plan needs it.
 */
import type { RuleMeta } from '../../src/core/rule';

export type LoopCancellationOptions = Record<string, never>;

export const meta: RuleMeta<LoopCancellationOptions> = {
  id: 'loop-cancellation',
  description: 'Loops, pollers and endless iterators in background work that nothing can stop: thread an AbortSignal through them and their callers.',
  goAnalogue: 'missing context cancellation (a goroutine loop with no ctx.Done() case)',
  fixLevel: 'auto',
  prefilter: /\bwhile\s*\(\s*(?:true|1)\s*\)|\bfor\s*\(\s*;\s*;\s*\)|\bfor\s+await\b|\bsetTimeout\s*\(\s*[\w$]+\s*,/,
  docs: 'docs/rules/loop-cancellation.md',
  options: {},
};
