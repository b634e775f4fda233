/**
 * One engine run per file for every unleak rule ESLint runs on it. ESLint calls each rule's
 * `create` for a file before it walks the file, so each rule only registers itself (with its
 * options) on the file's `SourceCode`; the first rule visited runs `lintSource` once, with all
 * the registered rules, and every rule then reports its own findings from that one result:
 * one babel parse and one walk per file, however many unleak rules are on.
 */
import type { Rule } from 'eslint';
import path from 'node:path';
import { detectGeneratedFile } from '../engine/generated-file';
import { getLanguage } from '../core/language';
import { lintSource, selectRulesForText, type ConfiguredRule } from '../engine/lint-source';
import type { SourceText } from '../core/source-text';
import { calibrateFindings, isAtLeast } from '../core/fix-level';
import type { Finding, RunError } from '../core/finding';
import { ruleIds } from '../../transforms/index';
import { readUnleakSettings, resolveFileSettings, resolveProjectQueries } from './settings';
import { typesForFile } from './types';

export interface FileLint {
  source: SourceText | null;
  findings: Finding[];
  errors: RunError[];
  /** Why the engine did not look at the file (generated code). */
  skipped?: string;
}

interface FileEntry {
  rules: Map<string, ConfiguredRule>;
  result?: FileLint;
}

/** Keyed by ESLint's `SourceCode`: a new one for every file and every fix pass. */
const entries = new WeakMap<object, FileEntry>();

/** Engine runs so far (tests check that a file costs one). */
export const engineRuns = { count: 0 };

/**
 * Registers `configured` for the file `context` lints (`null`: a rule that only reads the run,
 * such as invalid-suppression), and returns a function that gives the file's engine result,
 * computed once, on the first call, for every rule registered by then.
 */
export function registerRule(context: Rule.RuleContext, configured: ConfiguredRule | null): () => FileLint {
  const key = context.sourceCode;
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = { rules: new Map() }));
  if (entry.result) {
    // Registered after the shared run (not how ESLint calls rules): run this rule alone.
    let own: FileLint | undefined;
    return () => (own ??= runEngine(context, configured ? [configured] : []));
  }
  if (configured) entry.rules.set(configured.rule.meta.id, configured);
  const shared = entry;
  return () => (shared.result ??= runEngine(context, [...shared.rules.values()]));
}

/** The path the engine picks its parser by: the file's own, or `.js` for an unknown extension. */
export function enginePathFor(filename: string): string {
  return getLanguage(filename) || /\.d\.[cm]?tsx?$|\.min\.[cm]?js$/.test(filename) ? filename : `${filename}.js`;
}

function runEngine(context: Rule.RuleContext, rules: ConfiguredRule[]): FileLint {
  engineRuns.count++;
  const unleak = readUnleakSettings(context.settings as Record<string, unknown>);
  const raw = context.sourceCode.text;
  const filename = context.filename;
  // Cheap before expensive, as in the CLI: a file no rule's prefilter matches (most files) is
  // neither parsed nor looked up (no settings, no formatter config).
  if (selectRulesForText(raw, rules).length === 0 && !raw.includes('unleak-ignore')) return { source: null, findings: [], errors: [] };
  if (unleak.defaultIgnores ?? true) {
    const generated = detectGeneratedFile(raw);
    if (generated) return { source: null, findings: [], errors: [], skipped: generated };
  }
  const absolute = path.resolve(context.cwd, context.physicalFilename ?? filename);
  const result = lintSource({
    raw,
    filePath: enginePathFor(filename),
    displayPath: filename,
    rules,
    settings: resolveFileSettings(absolute, context.cwd, unleak),
    project: resolveProjectQueries(absolute),
    // Only for rules that ask (`needsTypes`); typescript-eslint's program when the config gives one.
    types: rules.some(({ rule }) => rule.meta.needsTypes) ? typesForFile(context, absolute) : null,
    applyLevels: new Set(),
    knownRuleIds: ruleIds,
  });
  // The file could not be read as the engine reads it (babel did not parse what ESLint's parser
  // did): one report, from the first unleak rule, rather than one per rule.
  const owner = rules[0]?.rule.meta.id;
  const errors = result.errors
    .filter((error) => error.kind !== 'unsupported')
    .map((error) => (error.rule || !owner ? error : { ...error, rule: owner }));
  const minimum = unleak.minConfidence;
  const reported = calibrateFindings(result.findings, rules);
  const findings = minimum ? reported.filter((finding) => isAtLeast(finding.confidence, minimum)) : reported;
  return { source: result.source, findings, errors };
}
