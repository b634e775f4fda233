/**
 * The run's project phase (see project-phase.ts): after every file went through the per-file
 * phase, each selected rule with a `project` plans once over what the files collected, and its
 * fixes (possibly spanning files) are applied all or nothing on top of the per-file outputs.
 * Files a fix touches become changed outcomes (written with `--write` like any other).
 */
import { getAppliedLevels } from '../core/fix-level';
import { compareFindings } from './lint-source';
import { createProjectFiles } from './project-files';
import { applyProjectFixes, planProject, type ProjectFileState } from './project-phase';
import { getFixFiles } from '../core/fix-files';
import type { FileOutcome } from './process-file';
import { createPublicApiQuery } from './public-api';
import type { AnyRule, Settings } from '../core/rule';
import { SourceText } from '../core/source-text';
import type { TypeLayer } from '../types/type-layer';

export interface ProjectPhaseInput {
  outcomes: FileOutcome[];
  rules: readonly { rule: AnyRule; options: Record<string, unknown> }[];
  settings: Settings;
  unsafe: boolean;
  /** The run's type layer for the call-site lookup (`null`: syntactic answers only). */
  types?: TypeLayer | null;
}

/** Returns the milliseconds it took. */
export function runProjectPhase(input: ProjectPhaseInput): number {
  const started = performance.now();
  const projectRules = input.rules.filter(({ rule }) => rule.project);
  const withData = input.outcomes.filter((outcome) => outcome.collected);
  if (projectRules.length === 0 || withData.length === 0) return 0;
  const usable = input.outcomes.filter((outcome) => outcome.status !== 'errored' && outcome.status !== 'skipped');
  const project = createProjectFiles(usable.map((outcome) => ({ displayPath: outcome.task.displayPath, absolutePath: outcome.task.absolutePath, ...(outcome.source !== undefined ? { text: outcome.source } : {}) })));
  const publicApi = createPublicApiQuery(project);
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
    const planned = planProject({ rule, options, collected }, input.settings, project, publicApi, typesOf);
    for (const error of planned.errors) input.outcomes[0]?.errors.push(error);
    planned.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : compareFindings(a, b)));
    for (const finding of planned.findings) for (const { file } of getFixFiles(finding)) stateOf(file);
    const errors = applyProjectFixes(planned.findings, levels, states);
    for (const finding of planned.findings) {
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
