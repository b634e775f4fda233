/**
 * Lints one file's text with every selected rule and runs the fix loop. Pure: no file system,
 * no process; the engine, the jscodeshift transforms and the tests all come through here.
 *
 * Parse once, let every rule collect findings on the same AST, apply the non-overlapping
 * edits, re-parse, and repeat until nothing changes (at most `maxPasses`, as ESLint does).
 * Output that does not parse is never returned: the offending fix is dropped and reported as
 * an internal error with its rule id.
 */
import type { File, Node } from '@babel/types';
import { detectCodeStyle, type CodeStyle } from '../core/code-style';
import { INVALID_SUPPRESSION_RULE, type Finding, type FixLevel, type RunError } from '../core/finding';
import { applyEditGroups, type EditGroup } from '../core/fixer';
import { getLanguage, type LanguageInfo } from '../core/language';
import { createParseView, isEditInsideBlocks, type ParseView } from '../core/script-blocks';
import { settingsForFile } from './file-settings';
import { ParseError, parseSource } from './parse';
import { toImportSpecifier } from './module-specifier';
import { applyProjectSettings } from './shared-settings';
import { NO_PROJECT, type ProjectFile, type ProjectQueries, type ReportDescriptor, type RuleContext, type Settings, type TypeQueries } from '../core/rule';
import { projectFileOf, type ProjectFiles } from './project-files';
import { planProject } from './project-phase';
import { toFinding } from './to-finding';
import { SourceText } from '../core/source-text';
import { markProgramWithoutVar } from '../analysis/syntax/scope';
import { collectSuppressions, isFileFullySuppressed, isSuppressed } from './suppressions';
import { traverse, type NodePath, type Visitors } from '../core/traverse';
import { compareFindings } from './finding-order';
import { selectRulesForText, type ConfiguredRule } from './rule-prefilter';
import type { FileTypes } from '../types/type-layer';
import { composeTextOrigin, typesThroughOrigin, type TextOrigin } from './text-origin';

export { INVALID_SUPPRESSION_RULE };
export const DEFAULT_MAX_PASSES = 10;

export type { ConfiguredRule };

export interface LintSourceInput {
  /** The file's text as read; may start with a BOM. */
  raw: string;
  /** Decides the parser (by extension). */
  filePath: string;
  /** Path put into findings. */
  displayPath: string;
  rules: readonly ConfiguredRule[];
  /**
   * The rules whose prefilter matches `raw`, when the caller has selected them already
   * (`selectRulesForText(raw, rules)`); the prefilters then do not run again.
   */
  active?: readonly ConfiguredRule[];
  settings: Settings;
  /** Questions about other files of the project; default: none answered. */
  project?: ProjectQueries;
  /**
   * The type layer's answers for this file (`project.types` of the rules); each pass asks
   * them for its own text, so a text changed by a fix gets none.
   */
  types?: FileTypes | null;
  /** Run the fix loop with fixes of these levels; empty = report only. */
  applyLevels: ReadonlySet<FixLevel>;
  /** Rule ids a suppression comment may name; omit to skip that check. */
  knownRuleIds?: ReadonlySet<string>;
  maxPasses?: number;
  /**
   * The engine runs the project phase once for the whole run: rules with a `project` only
   * collect here (`LintSourceResult.collected`). Otherwise their plan runs over this one text.
   */
  deferProjectRules?: boolean;
}

export interface LintTimings {
  prefilter: number;
  parse: number;
  rules: number;
  fix: number;
}

export interface LintSourceResult {
  source: SourceText;
  /** Findings of the first pass, positions in the original text. */
  findings: Finding[];
  /** Text after the fix loop (BOM excluded) when it differs from the original. */
  output?: string;
  errors: RunError[];
  /** The file was parsed (some rule's prefilter matched). */
  parsed: boolean;
  timings: LintTimings;
  /** With `deferProjectRules`: what each project rule collected in this file (first pass). */
  collected?: Record<string, unknown[]>;
}

const now = (): number => performance.now();

export function lintSource(given: LintSourceInput): LintSourceResult {
  const settings = settingsForFile(given.settings, given.filePath, given.raw);
  const input = settings === given.settings ? given : { ...given, settings };
  const timings: LintTimings = { prefilter: 0, parse: 0, rules: 0, fix: 0 };
  const source = new SourceText(input.raw);
  const result: LintSourceResult = { source, findings: [], errors: [], parsed: false, timings };
  const languageInfo = getLanguage(input.filePath);
  if (!languageInfo) {
    result.errors.push({ file: input.displayPath, kind: 'unsupported', message: 'unsupported file type' });
    return result;
  }

  let start = now();
  const active = input.active ?? selectRulesForText(input.raw, input.rules);
  const mentionsDirective = input.knownRuleIds !== undefined && input.raw.includes('unleak-ignore');
  timings.prefilter += now() - start;
  if (active.length === 0 && !mentionsDirective) return result;

  start = now();
  const view = createParseView(source.text, languageInfo);
  let ast: File;
  try {
    ast = parseSource(view.text, view.info);
  } catch (error) {
    timings.parse += now() - start;
    const parseError = error as ParseError;
    result.errors.push({
      file: input.displayPath,
      kind: 'parse',
      message: `could not parse: ${parseError.message}`,
      line: parseError.line,
      column: parseError.column,
    });
    return result;
  }
  timings.parse += now() - start;
  result.parsed = true;

  start = now();
  const firstPass = runRules(ast, view, input, active);
  timings.rules += now() - start;
  result.findings = firstPass.findings;
  result.errors.push(...firstPass.errors);
  if (input.deferProjectRules && Object.keys(firstPass.collected).length > 0) result.collected = firstPass.collected;

  if (input.applyLevels.size > 0) runFixLoop(result, firstPass.findings, view.text, languageInfo, input, active);
  return result;
}

/**
 * A rule crash's identity across the fix loop's passes: rule, file and the thrown value's text
 * (`Error: boom`), not the message the report shows, which holds the stack — the stack of the
 * same crash differs between passes whenever the walk reaches the node through other frames.
 */
const CRASH_IDENTITY = new WeakMap<RunError, string>();

/** What makes two passes' errors the same error: a crash's identity, else the message. */
function errorIdentity(error: RunError): string {
  const crash = CRASH_IDENTITY.get(error);
  return crash === undefined ? `message\u0000${error.message}` : `crash\u0000${crash}`;
}

interface PassResult {
  findings: Finding[];
  errors: RunError[];
  collected: Record<string, unknown[]>;
}

/**
 * A later pass of the fix loop: the text the first pass read (`firstText`) and where the current
 * text's untouched stretches were in it (text-origin.ts).
 */
interface LaterPass {
  firstText: string;
  origin: TextOrigin;
}

/**
 * The type answers for this pass: the first pass's own; a later pass's through the first
 * pass's text, for nodes no fix has touched (the checker's program read the file as it was).
 */
function typesForPass(input: LintSourceInput, view: ParseView, later: LaterPass | undefined): TypeQueries | null {
  if (!input.types) return null;
  return later ? typesThroughOrigin(input.types.forText(later.firstText), later.origin) : input.types.forText(view.text);
}

function runRules(ast: File, view: ParseView, input: LintSourceInput, active: readonly ConfiguredRule[], later?: LaterPass): PassResult {
  // Most modern files have no `var`: spare the scope analysis its hoisting walks.
  if (!/\bvar\b/.test(view.text)) markProgramWithoutVar(ast.program);
  // For a single-file component the rules see the view (non-script parts blanked); offsets,
  // lines and columns are the file's own.
  const source = new SourceText(view.text);
  const sfc = view.blocks && view.info.container ? { kind: view.info.container, blocks: view.blocks, markup: view.markup ?? '' } : null;
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const suppressions = collectSuppressions(ast, input.knownRuleIds);
  for (const unknown of suppressions.unknown) {
    findings.push({
      rule: INVALID_SUPPRESSION_RULE,
      file: input.displayPath,
      line: unknown.line,
      column: unknown.column,
      endLine: unknown.endLine,
      endColumn: unknown.endColumn,
      message: `Unknown rule id "${unknown.ruleId}" in an unleak-ignore comment.`,
      fix: 'none',
      confidence: 'high',
      edits: [],
    });
  }
  const collected: Record<string, unknown[]> = {};
  if (isFileFullySuppressed(suppressions)) return { findings, errors, collected };

  let style: CodeStyle | undefined;
  const project: ProjectQueries = { ...(input.project ?? NO_PROJECT), types: typesForPass(input, view, later) };
  const visitorsList: Visitors[] = [];
  const collectedFindings: Finding[][] = [];
  for (const configured of active) {
    const { rule, options } = configured;
    const ruleId = rule.meta.id;
    const ruleFindings: Finding[] = [];
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      ruleFindings.length = 0;
      const err = error as Error;
      const crash: RunError = {
        file: input.displayPath,
        kind: 'internal',
        rule: ruleId,
        message: `rule ${ruleId} crashed: ${err?.stack ?? String(error)}`,
      };
      CRASH_IDENTITY.set(crash, `${ruleId}\u0000${input.displayPath}\u0000${String(error)}`);
      errors.push(crash);
    };
    const context: RuleContext = {
      ruleId,
      filename: input.displayPath,
      language: view.info.language,
      sfc,
      ast,
      source,
      options: applyProjectSettings(options, input.settings),
      settings: input.settings,
      project,
      get style() {
        return (style ??= detectCodeStyle(ast, source, input.settings.printWidth, input.settings.arrowParens, input.settings.trailingCommas, input.settings.curly === true));
      },
      getText: (node: Node) => source.text.slice(node.start ?? 0, node.end ?? 0),
      collect: (data: unknown) => {
        if (!failed && rule.project) (collected[ruleId] ??= []).push(data);
      },
      importSpecifier: (module: string) => toImportSpecifier(module, input.displayPath),
      report: (descriptor: ReportDescriptor) => {
        if (failed) return;
        const finding = toFinding(descriptor, ruleId, input.displayPath, source);
        if (!finding.edits.every((edit) => isEditInsideBlocks(edit, view.blocks))) {
          errors.push({
            file: input.displayPath,
            kind: 'internal',
            rule: ruleId,
            message: `the fix of ${ruleId} at line ${finding.line} edits outside the component's <script> blocks; it was not applied`,
          });
          finding.fix = 'none';
          finding.edits = [];
          delete finding.fixDescription;
        }
        if (!isSuppressed(suppressions, ruleId, finding.line)) ruleFindings.push(finding);
      },
    };
    let visitors: Visitors;
    try {
      visitors = rule.create(context);
    } catch (error) {
      fail(error);
      continue;
    }
    const guarded: Visitors = {};
    for (const [selector, visit] of Object.entries(visitors)) {
      if (!visit) continue;
      guarded[selector] = (path: NodePath) => {
        if (failed) return;
        try {
          visit(path);
        } catch (error) {
          fail(error);
        }
      };
    }
    visitorsList.push(guarded);
    // Read after the walk: a crash empties the list.
    collectedFindings.push(ruleFindings);
  }
  traverse(ast, visitorsList);
  for (const ruleFindings of collectedFindings) findings.push(...ruleFindings);
  if (!input.deferProjectRules && !sfc) findings.push(...planThisText(ast, source, view.info.language, input, active, collected, errors));
  findings.sort(compareFindings);
  return { findings, errors, collected };
}

/** Project rules on a lone text: the plan runs over a project of this one file. */
function planThisText(
  ast: File,
  source: SourceText,
  language: LanguageInfo['language'],
  input: LintSourceInput,
  active: readonly ConfiguredRule[],
  collected: Record<string, unknown[]>,
  errors: RunError[],
): Finding[] {
  const findings: Finding[] = [];
  let project: ProjectFiles | null = null;
  for (const { rule, options } of active) {
    const data = collected[rule.meta.id];
    if (!rule.project || !data) continue;
    project ??= createSingleFileProject(input.displayPath, projectFileOf(input.displayPath, language, ast, source, input.settings.printWidth));
    const planned = planProject({ rule, options, collected: [{ file: input.displayPath, data }] }, input.settings, project, null);
    errors.push(...planned.errors.map((error) => ({ ...error, file: input.displayPath })));
    for (const finding of planned.findings) {
      // A lone text knows no other file: a fix that would need one is not offered.
      if (finding.otherFiles) {
        finding.fix = 'none';
        finding.edits = [];
        delete finding.otherFiles;
        delete finding.fixDescription;
      }
      findings.push(finding);
    }
  }
  return findings;
}

function createSingleFileProject(displayPath: string, file: ProjectFile): ProjectFiles {
  return {
    files: [displayPath],
    displayPathOf: () => null,
    absolutePathOf: () => null,
    text: (name) => (name === displayPath ? file.source.text : null),
    open: (name) => (name === displayPath ? file : null),
    openAbsolute: () => null,
    scoped: (fn) => fn(),
    resolve: () => null,
    resolveAlias: () => null,
  };
}

export { compareFindings };
export { selectRulesForText };

function applicableGroups(findings: readonly Finding[], levels: ReadonlySet<FixLevel>): EditGroup<Finding>[] {
  return findings.filter((f) => levels.has(f.fix) && f.edits.length > 0).map((f) => ({ edits: f.edits, owner: f }));
}

interface ParsedView {
  ast: File;
  view: ParseView;
}

function tryParse(text: string, info: LanguageInfo): ParsedView | ParseError {
  const view = createParseView(text, info);
  try {
    return { ast: parseSource(view.text, view.info), view };
  } catch (error) {
    return error as ParseError;
  }
}

/**
 * Applies fixes until the rules find nothing more to fix. Fills `result.output` and sets
 * `applied` on first-pass findings.
 */
function runFixLoop(
  result: LintSourceResult,
  firstFindings: readonly Finding[],
  /** The text the first pass's rules read (its type answers are for it). */
  firstText: string,
  info: LanguageInfo,
  input: LintSourceInput,
  active: readonly ConfiguredRule[],
): void {
  const maxPasses = input.maxPasses ?? DEFAULT_MAX_PASSES;
  const eol = result.source.eol;
  /** `rule + message` of fixes that failed; later passes do not retry them. */
  const failedKeys = new Set<string>();
  const keyOf = (f: Finding): string => `${f.rule}\u0000${f.message}`;
  const fail = (finding: Finding, message: string): void => {
    failedKeys.add(keyOf(finding));
    result.errors.push({ file: input.displayPath, kind: 'internal', rule: finding.rule, message });
  };
  const appliedInFirstPass = new Set<Finding>();
  // `rule + message` of every fix applied in a later pass: a fix deferred past the first pass is
  // applied only if a later pass found it again and applied it.
  const appliedLater = new Set<string>();
  let text = result.source.text;
  // How the text of a later pass maps onto the first pass's.
  let origin: TextOrigin | null = null;
  let findings: readonly Finding[] = firstFindings;
  let settled = false;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const groups = applicableGroups(findings, input.applyLevels).filter((g) => !failedKeys.has(keyOf(g.owner)));
    if (groups.length === 0) {
      settled = true;
      break;
    }
    let start = now();
    const attempt = applyEditGroups(text, groups, eol);
    for (const group of attempt.invalid) {
      fail(group.owner, `the fix of ${group.owner.rule} has overlapping or out-of-range edits; it was not applied`);
    }
    let applied = attempt.applied;
    let next = attempt.text;
    let parsed = tryParse(next, info);
    if (parsed instanceof ParseError) {
      // Find the fixes that break the code: add them one at a time to the last good text.
      const kept: EditGroup<Finding>[] = [];
      for (const group of applied) {
        const trial = applyEditGroups(text, [...kept, group], eol);
        const check = tryParse(trial.text, info);
        if (check instanceof ParseError) {
          fail(
            group.owner,
            `the fix of ${group.owner.rule} for "${group.owner.message}" produced code that does not parse (${check.message}); it was not applied`,
          );
        } else {
          kept.push(group);
        }
      }
      applied = kept;
      next = applyEditGroups(text, kept, eol).text;
      parsed = applied.length > 0 ? tryParse(next, info) : parsed;
    }
    result.timings.fix += now() - start;
    if (applied.length === 0 || parsed instanceof ParseError) {
      // Nothing could be applied: what remains has failed and was reported.
      settled = true;
      break;
    }
    if (pass === 1) for (const group of applied) appliedInFirstPass.add(group.owner);
    else for (const group of applied) appliedLater.add(keyOf(group.owner));
    text = next;
    origin = composeTextOrigin(origin, applied.flatMap((group) => group.edits), eol);
    start = now();
    const again = runRules(parsed.ast, parsed.view, input, active, { firstText, origin });
    result.timings.rules += now() - start;
    findings = again.findings;
    for (const error of again.errors) {
      const key = errorIdentity(error);
      if (!result.errors.some((e) => errorIdentity(e) === key)) result.errors.push(error);
    }
  }
  if (!settled) {
    const rules = [...new Set(applicableGroups(findings, input.applyLevels).map((g) => g.owner.rule))];
    result.errors.push({
      file: input.displayPath,
      kind: 'internal',
      rule: rules[0],
      message: `the fixes of ${rules.join(', ')} did not settle after ${maxPasses} passes; the file was left unchanged`,
    });
    return;
  }
  const everythingFixed = failedKeys.size === 0;
  // A fix deferred past the first pass (its edits overlapped another's) counts as applied only
  // when a later pass found it again and applied it, and the last pass no longer finds it: a
  // later pass, whose type answers cover only code no fix has touched, may find it again at a
  // level this run does not apply (an auto fix become a suggestion), or not at all — when the fix
  // it overlapped moved its code (listener-cleanup's handler moved into a field) and only the
  // checker's answer made it a finding: then it was not applied, and the next run applies it.
  const stillFound = new Set(findings.map(keyOf));
  for (const finding of firstFindings) {
    if (!input.applyLevels.has(finding.fix) || finding.edits.length === 0) continue;
    finding.applied = !failedKeys.has(keyOf(finding)) && (appliedInFirstPass.has(finding) || (everythingFixed && appliedLater.has(keyOf(finding)) && !stillFound.has(keyOf(finding))));
  }
  if (text !== result.source.text) result.output = text;
}
