/**
 * The run's project phase (see project-phase.ts): after every file went through the per-file
 * phase, each selected rule with a `project` plans once over what the files collected, and its
 * fixes (possibly spanning files) are applied all or nothing on top of the per-file outputs.
 * Files a fix touches become changed outcomes (written with `--write` like any other).
 *
 * With `--cache` (`plans`), a plan whose inputs are those of an earlier run — its rule, options
 * and settings, what the files collected for it, the run's list of files — and all of whose
 * reads are unchanged (plan-reads.ts) gives that run's findings without running: its rule is
 * not loaded and no file is parsed. Its fixes are applied as usual.
 */
import { createHash } from 'node:crypto';
import { calibrateFindings, getAppliedLevels } from '../core/fix-level';
import { compareFindings } from './finding-order';
import { createProjectFiles, type ProjectFiles } from './project-files';
import type { TypesOf } from './project-call-sites';
import { applyProjectFixes, planProject, type PlanResult, type ProjectFileState, type ProjectRuleInput } from './project-phase';
import { getFixFiles } from '../core/fix-files';
import type { FileOutcome } from './process-file';
import { createPublicApiQuery, NODE_FILE_SYSTEM } from './public-api';
import { recordPlanReads, type PlanReads } from './plan-reads';
import type { Finding } from '../core/finding';
import { loadRules } from '../../transforms/registry';
import type { AnyRule, Settings } from '../core/rule';
import { SourceText } from '../core/source-text';
import type { TypeLayer } from '../types/type-layer';

export interface ProjectPhaseInput {
  outcomes: FileOutcome[];
  rules: readonly { rule: AnyRule; options: Record<string, unknown> }[];
  settings: Settings;
  /** A file's project settings (process-file.ts `settingsFor`); without it every file has `settings`. */
  settingsFor?: (absolutePath: string) => Settings;
  unsafe: boolean;
  /** The run's type layer for the call-site lookup (`null`: syntactic answers only). */
  types?: TypeLayer | null;
  /** `--cache`: plans of earlier runs (run-cache.ts). */
  plans?: PlanStore | null;
}

/** Where plans are kept between runs. */
export interface PlanStore {
  /** The findings of the plan of `ruleId` for these inputs, when none of its reads changed since; else `null`. */
  recall(ruleId: string, inputKey: string, allRunFiles: () => string[]): Finding[] | null;
  /** Keeps a plan's findings (before the fixes are applied), with what it read. */
  keep(ruleId: string, inputKey: string, reads: PlanReads, findings: readonly Finding[], allRunFiles: () => string[]): void;
}

/** Returns the milliseconds it took. */
export async function runProjectPhase(input: ProjectPhaseInput): Promise<number> {
  const started = performance.now();
  const projectRules = input.rules.filter(({ rule }) => rule.project);
  const withData = input.outcomes.filter((outcome) => outcome.collected);
  if (projectRules.length === 0 || withData.length === 0) return 0;
  const usable = input.outcomes.filter((outcome) => outcome.status !== 'errored' && outcome.status !== 'skipped');
  const project = createProjectFiles(usable.map((outcome) => ({ displayPath: outcome.task.displayPath, absolutePath: outcome.task.absolutePath, ...(outcome.source !== undefined ? { text: outcome.source } : {}) })));
  const byFile = new Map(usable.map((outcome) => [outcome.task.displayPath, outcome]));
  const states = new Map<string, ProjectFileState>();
  const stateOf = (file: string): ProjectFileState | null => {
    const existing = states.get(file);
    if (existing) return existing;
    const outcome = byFile.get(file);
    const text = project.text(file);
    if (!outcome || text === null) return null;
    const state = { source: text, output: outcome.output ?? text, eol: new SourceText(text).eol, absolutePath: outcome.task.absolutePath };
    states.set(file, state);
    return state;
  };
  const types = input.types ?? null;
  const typesOf = types ? (absolutePath: string, text: string) => types.forFile(absolutePath).forText(text) : null;
  const levels = getAppliedLevels(input.unsafe);
  for (const { rule, options } of projectRules) {
    const collected = withData
      .filter((outcome) => outcome.collected![rule.meta.id])
      .map((outcome) => ({ file: outcome.task.displayPath, data: outcome.collected![rule.meta.id]! }));
    if (collected.length === 0) continue;
    const planned = await planOrRecall({ rule, options, collected }, input, project, typesOf);
    for (const error of planned.errors) input.outcomes[0]?.errors.push(error);
    for (const finding of planned.findings) for (const { file } of getFixFiles(finding)) stateOf(file);
    const errors = applyProjectFixes(planned.findings, levels, states);
    for (const finding of calibrateFindings(planned.findings, [{ rule }])) {
      const outcome = byFile.get(finding.file);
      if (!outcome) continue;
      outcome.findings.push(finding);
      outcome.findings.sort(compareFindings);
      outcome.source ??= project.text(finding.file) ?? undefined;
    }
    for (const error of errors) (byFile.get(error.file) ?? input.outcomes[0])?.errors.push(error);
  }
  for (const [file, state] of states) {
    const outcome = byFile.get(file)!;
    if (state.output === (outcome.output ?? state.source)) continue;
    outcome.source ??= state.source;
    outcome.output = state.output;
    outcome.status = 'changed';
  }
  return performance.now() - started;
}

/**
 * The plan's findings (sorted): from `input.plans` when it holds them for these inputs, else
 * from running the plan (its rule loaded first), kept there when it ran without errors.
 */
async function planOrRecall(rule: ProjectRuleInput, input: ProjectPhaseInput, project: ProjectFiles, typesOf: TypesOf | null): Promise<PlanResult> {
  const ruleId = rule.rule.meta.id;
  const inputKey = input.plans ? planInputKey(rule, input.settings, project) : '';
  const allRunFiles = (): string[] => project.files.map((file) => project.absolutePathOf(file)!);
  const recalled = input.plans?.recall(ruleId, inputKey, allRunFiles);
  if (recalled) return { findings: recalled, errors: [] };
  await loadRules([ruleId]);
  const views = input.plans ? recordPlanReads(project, NODE_FILE_SYSTEM, typesOf) : null;
  const settingsFor = input.settingsFor
    ? (absolutePath: string): Settings => {
        const settings = input.settingsFor!(absolutePath);
        views?.reads.settings.set(absolutePath, JSON.stringify(settings));
        return settings;
      }
    : null;
  const planned = planProject(rule, input.settings, views?.project ?? project, createPublicApiQuery(views?.project ?? project, views?.fileSystem), views ? views.typesOf : typesOf, settingsFor);
  planned.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : compareFindings(a, b)));
  if (views && planned.errors.length === 0) input.plans!.keep(ruleId, inputKey, views.reads, planned.findings, allRunFiles);
  return planned;
}

/** What a plan is given: its rule and options, the settings, what the files collected, and which files the run has. */
function planInputKey(rule: ProjectRuleInput, settings: Settings, project: ProjectFiles): string {
  const files = project.files.map((file) => [file, project.absolutePathOf(file)]);
  return createHash('sha1').update(JSON.stringify({ rule: rule.rule.meta.id, options: rule.options, settings, collected: rule.collected, files })).digest('hex');
}
