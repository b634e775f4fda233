/**
 * The programmatic API of unleak.
 *
 *   import { run, formatters } from 'unleak';
 *   const result = await run({ cwd: '/path/to/project', paths: ['src'] });
 *   process.stdout.write(formatters.json(result, { color: false, cwd: result.cwd }));
 */
export { run, UsageError, type RunOptions, type RunProgress } from './engine/run';
export { lintSource, type LintSourceInput, type LintSourceResult, type ConfiguredRule } from './engine/lint-source';
export { createTransform, type JscodeshiftTransform } from './engine/transform';
export { defineRule, type Rule, type RuleMeta, type RuleContext, type Settings, type RuntimeTarget } from './core/rule';
export { ConfigError, type UnleakConfig } from './engine/config';
export { resolveRuleOptions } from './core/rule-options';
export { formatters, FORMAT_NAMES, type Formatter, type FormatContext } from './report/index';
export type { Finding, FixLevel, TextEdit, RunResult, RunSummary, RunError, FileReport } from './core/finding';
export { rules, ruleIds, getRule } from '../transforms/index';
