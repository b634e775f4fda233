/**
 * Which rules a file's raw text may concern: each rule's token prefilter (and the one its
 * options add). Its own module so that deciding which files to parse does not load the linting
 * code (lint-source.ts re-exports it).
 */
import type { AnyRule } from '../core/rule';

export interface ConfiguredRule {
  rule: AnyRule;
  /** Options with defaults filled in. */
  options: Record<string, unknown>;
}

const optionPrefilters = new WeakMap<Record<string, unknown>, RegExp | null>();

/** Rules whose prefilter (or option prefilter) matches the raw text. */
export function selectRulesForText(raw: string, rules: readonly ConfiguredRule[]): ConfiguredRule[] {
  return rules.filter((configured) => {
    const { prefilter, optionPrefilter } = configured.rule.meta;
    prefilter.lastIndex = 0;
    if (prefilter.test(raw)) return true;
    if (!optionPrefilter) return false;
    let extra = optionPrefilters.get(configured.options);
    if (extra === undefined) {
      extra = optionPrefilter(configured.options);
      optionPrefilters.set(configured.options, extra);
    }
    if (!extra) return false;
    extra.lastIndex = 0;
    return extra.test(raw);
  });
}
