/** The engine's fix of one source by several registered rules (default options), for tests of how fixes compose. */
import { expect } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rules } from '../../transforms/index';

/** `raw` as the rules named leave it (`auto` fixes; suggestions too with `unsafe`); no engine error. */
export function fixWithRules(raw: string, filePath: string, ruleIds: readonly string[], unsafe = false): string {
  const selected = rules.filter((rule) => ruleIds.includes(rule.meta.id)).map((rule) => ({ rule, options: resolveRuleOptions(rule, {}) }));
  const result = lintSource({ raw, filePath, displayPath: filePath, rules: selected, settings: DEFAULT_SETTINGS, applyLevels: getAppliedLevels(unsafe) });
  expect(result.errors).toEqual([]);
  return result.output ?? raw;
}
