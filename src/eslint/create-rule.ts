/**
 * An unleak rule as an ESLint rule: the same rule object the CLI runs (no second
 * implementation), its options as ESLint rule options (the same names, defaults and checks as
 * `unleak.config.json`), and its findings reported through the file's one engine run.
 */
import type { Rule } from 'eslint';
import { INVALID_SUPPRESSION_RULE } from '../core/finding';
import type { AnyRule, OptionSpec } from '../core/rule';
import { resolveRuleOptions } from '../core/rule-options';
import { DOCS_BASE_URL } from '../report/rule-docs';
import { registerRule, type FileLint } from './file-lint';
import { toEslintReport } from './report';

function toSchema(spec: OptionSpec): Record<string, unknown> {
  const description = spec.description;
  switch (spec.type) {
    case 'string[]':
      return { type: 'array', items: { type: 'string' }, description };
    default:
      return { type: spec.type, description };
  }
}

export function createEslintRule(rule: AnyRule): Rule.RuleModule {
  const specs = rule.meta.options as Record<string, OptionSpec>;
  const properties = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, toSchema(spec)]));
  return {
    meta: {
      type: 'problem',
      docs: { description: rule.meta.description, recommended: true, url: DOCS_BASE_URL + rule.meta.docs },
      fixable: 'code',
      hasSuggestions: true,
      schema: [{ type: 'object', properties, additionalProperties: false }],
    },
    create(context) {
      // Types come from the schema; `validate` checks (and defaults) come from the rule's meta.
      const options = resolveRuleOptions(rule, context.options[0] as Record<string, unknown> | undefined);
      const lintFile = registerRule(context, { rule, options });
      return {
        Program() {
          reportFindings(context, lintFile(), rule.meta.id);
        },
      };
    },
  };
}

/** Reports the unknown rule ids in `unleak-ignore` comments (the CLI's `invalid-suppression`). */
export function createInvalidSuppressionRule(): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: { description: 'An unleak-ignore comment names a rule unleak does not have.', recommended: true, url: `${DOCS_BASE_URL}docs/eslint.md` },
      schema: [],
    },
    create(context) {
      const lintFile = registerRule(context, null);
      return {
        Program() {
          reportFindings(context, lintFile(), INVALID_SUPPRESSION_RULE);
        },
      };
    },
  };
}

function reportFindings(context: Rule.RuleContext, lint: FileLint, ruleId: string): void {
  if (!lint.source) return;
  for (const finding of lint.findings) {
    if (finding.rule === ruleId) context.report(toEslintReport(finding, lint.source, context.sourceCode));
  }
  for (const error of lint.errors) {
    // A rule that crashed, or a fix that would not parse: this rule's problem, on line 1.
    if (error.rule === ruleId) {
      const line = error.line ?? 1;
      context.report({ loc: { line, column: Math.max(0, (error.column ?? 1) - 1) }, message: `unleak: ${error.message}` });
    }
  }
}
