/**
 * `unleak/eslint`: the unleak rules as an ESLint (9 and later) flat-config plugin.
 *
 *   // eslint.config.js
 *   import unleak from 'unleak/eslint';
 *   export default [unleak.configs.recommended];
 *
 * Each rule `unleak/<rule-id>` runs the very rule the CLI runs, through the engine's per-file
 * API (`lintSource` on the text ESLint holds): `auto` fixes are ESLint fixes, `suggestion`
 * fixes ESLint suggestions, `none` plain reports. All unleak rules on a file share one engine
 * run (one parse, one walk). `unleak/invalid-suppression` reports unknown rule ids in
 * `unleak-ignore` comments, as the CLI does. See docs/eslint.md.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { INVALID_SUPPRESSION_RULE } from '../core/finding';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { rules as registry } from '../../transforms/index';
import { createEslintRule, createInvalidSuppressionRule } from './create-rule';

interface UnleakEslintPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, Rule.RuleModule>;
  configs: { recommended: Linter.Config };
}

const rules: Record<string, Rule.RuleModule> = {};
for (const rule of registry) rules[rule.meta.id] = createEslintRule(rule);
rules[INVALID_SUPPRESSION_RULE] = createInvalidSuppressionRule();

const plugin: UnleakEslintPlugin = {
  meta: { name: TOOL_NAME, version: TOOL_VERSION, namespace: 'unleak' },
  rules,
  configs: { recommended: {} },
};

/**
 * Every rule on as a warning: findings are leaks to look at, and report-only ones depend on
 * lifetimes the code does not show; `--max-warnings 0` makes them fail a CI job.
 */
plugin.configs.recommended = {
  name: 'unleak/recommended',
  plugins: { unleak: plugin },
  rules: Object.fromEntries(Object.keys(rules).map((id) => [`unleak/${id}`, 'warn'])),
};

export = plugin;
