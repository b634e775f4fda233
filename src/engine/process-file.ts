/**
 * Everything that happens to one file short of writing it: read, prefilter, parse, rules, the
 * fix loop and prettier. Runs in the main thread or in a worker; its input and output are
 * plain data, so workers ship findings and edits, never ASTs.
 */
import path from 'node:path';
import { lazyRules as registry, loadRules } from '../../transforms/registry';
import type { Finding, PhaseTimings, RunError } from '../core/finding';
import { calibrateFindings, getAppliedLevels } from '../core/fix-level';
import { getLanguage } from '../core/language';
import type { ConfiguredRule } from './lint-source';
import { selectRulesForText } from './rule-prefilter';
import { clearPrettierConfigCache, formatWithProjectPrettier, type PrettierSettings } from './prettier';
import { clearLintStyleCache, lintStyleSettings } from './lint-style';
import { clearFormattingCache, resolveProjectFormatting } from './formatting';
import { detectGeneratedFile } from './generated-file';
import { readSourceFile } from './read-file';
import { resolveRuntimeTarget } from './target';
import type { TargetConfig } from './config';
import type { CodeEnvironment, ProjectQueries, Settings } from '../core/rule';
import { createProjectModules, type ModuleTrace } from './project-modules';
import { createTypeLayer, type FileTypes, type TypeLayer } from '../types/type-layer';
import { createConfigBoundFinder, findProjectDir } from './project-dir';
import { hasDirEntry } from './dir-entries';
import { SourceText } from '../core/source-text';

/** The serializable description of a run's work, shared by every file. */
export interface EngineJob {
  rules: { id: string; options: Record<string, unknown> }[];
  /** Settings for every file; `target` is replaced per file when `targetFromProject` is set. */
  settings: Settings;
  /**
   * Resolve the runtime target per file from the nearest package.json above it (engines,
   * react-native, installed type declarations), not looking above its repository root;
   * the file's config bound (project-dir.ts `findConfigBound`, from `stopAt`) when there is none. In a monorepo each package gets its own target, and a
   * scanned project outside the working directory gets its own.
   */
  targetFromProject?: { config?: TargetConfig; stopAt: string };
  /** Skip generated and bundled files (see generated-file.ts); off with `defaultIgnores: false`. */
  skipGenerated?: boolean;
  unsafe: boolean;
  maxFileSize: number;
  prettier: PrettierSettings;
  /**
   * Type information for rules that ask for it (`needsTypes`); absent with `--no-types`, and in
   * the jobs sent to workers (files that need types are processed in the main thread).
   */
  types?: { stopAt: string; cwd: string };
  /** Rules with a project phase only collect per file; the run plans them once (run.ts). */
  deferProjectRules?: boolean;
}

export interface FileTask {
  absolutePath: string;
  displayPath: string;
  size: number;
  mtimeMs: number;
}

/** The phases that happen per file (discovery and writing happen once per run). */
export type FileTimings = Omit<PhaseTimings, 'discover' | 'write'>;

export interface FileOutcome {
  task: FileTask;
  /** `errored`: the file could not be processed (nothing written, no findings). */
  status: 'unchanged' | 'changed' | 'errored' | 'skipped';
  /** Why the file was skipped (generated or bundled code). */
  skipReason?: string;
  /**
   * The file changed and its formatting is left to the project's formatter, which unleak
   * does not run (`"Biome (biome.json)"`, with why for a prettier config).
   */
  formattingLeftTo?: { formatter: string; why?: string };
  findings: Finding[];
  errors: RunError[];
  /** Original text without BOM; kept only when there are findings or a change. */
  source?: string;
  /** Fixed text without BOM, when it differs from the original. */
  output?: string;
  eol: '\n' | '\r\n';
  hasBom: boolean;
  parsed: boolean;
  notes: string[];
  timings: FileTimings;
  /** What each rule with a project phase collected in this file, by rule id. */
  collected?: Record<string, unknown[]>;
  /** What the file's findings depend on beyond its text and settings (for `--cache`). */
  dependsOn?: FileDependencies;
}

/** The questions a file's rules asked about other files, with the answers they got. */
export interface FileDependencies {
  projectAnswers: ProjectAnswer[];
  /** The modules the `isPromiseFunctionExport` answers were read from, and the tests `getModuleTests` read. */
  modules: ModuleTrace;
  /** Some rule asked the type checker (the answers depend on the whole program). */
  usedTypes: boolean;
  /** The file went to the type layer (a root of the inferred program, whether asked or not). */
  typed?: boolean;
}

export type ProjectAnswer =
  | { query: 'isPromiseFunctionExport'; specifier: string; exportName: string; answer: boolean | null }
  | { query: 'getPackageKind'; answer: string | null }
  | { query: 'getRejectionHandler'; environment: CodeEnvironment | null; answer: { file: string; line: number } | null }
  /** The answer is the test files found (paths from the module's folder); `modules` says what it read. */
  | { query: 'getModuleTests'; answer: string[] | null }
  /** The methods found (sorted); `modules` says what was read. */
  | { query: 'getAngularHttpMethods'; specifier: string; exportName: string; answer: string[] | null }
  | { query: 'getReturnedObjectKeys'; specifier: string; exportName: string; answer: string[] | null }
  | { query: 'getClassMethodDeclared'; specifier: string; exportName: string; method: string; answer: boolean | null }
  | { query: 'getParameterMemberUses'; specifier: string; exportName: string; member: string | null; index: number; answer: string[] | null }
  | { query: 'getTypeMembers'; specifier: string; exportName: string; path: string[]; answer: string[] | null };

export interface PreparedJob {
  job: EngineJob;
  /** The settings for one file (its project's runtime target). */
  settingsFor(absolutePath: string): Settings;
  configured: ConfiguredRule[];
  knownRuleIds: ReadonlySet<string>;
  applyLevels: ReturnType<typeof getAppliedLevels>;
  /** What other files of the project say, for the file at `absolutePath`. */
  projectFor(absolutePath: string, trace?: ModuleTrace): ProjectQueries;
  /** The run's type layer: set when `job.types` is and a selected rule needs types. */
  typeLayer: TypeLayer | null;
  /** `findConfigBound` with the repository of each folder remembered for this job. */
  configBoundOf(dir: string, runBound: string): string;
}

export function prepareJob(job: EngineJob): PreparedJob {
  clearPrettierConfigCache();
  clearFormattingCache();
  clearLintStyleCache();
  const configured = job.rules.map(({ id, options }) => {
    const rule = registry.find((candidate) => candidate.meta.id === id);
    if (!rule) throw new Error(`unknown rule ${id}`);
    return { rule, options };
  });
  const configBoundOf = createConfigBoundFinder();
  return {
    job,
    settingsFor: createSettingsResolver(job, configBoundOf),
    configBoundOf,
    configured,
    knownRuleIds: new Set(registry.map((rule) => rule.meta.id)),
    applyLevels: getAppliedLevels(job.unsafe),
    projectFor: createProjectModules(),
    // Cheap: creating the layer loads nothing; TypeScript is loaded on a rule's first question.
    typeLayer: job.types && configured.some(({ rule }) => rule.meta.needsTypes) ? createTypeLayer(job.types) : null,
  };
}

/**
 * The linting code (the parser, the shared walk, the project phase), loaded when a file is
 * processed: a run whose files all come from `--cache` does not load it. (A dynamic `import()`,
 * as the rule registry's: the test runner resolves it to the TypeScript source.)
 */
let lintSourceModule: typeof import('./lint-source') | undefined;
const loadLintSource = async (): Promise<typeof import('./lint-source')> => (lintSourceModule ??= await import('./lint-source.js'));

const now = (): number => performance.now();

/** `PreparedJob.settingsFor`: the run's settings with the runtime target of each file's project. */
export function createSettingsResolver(job: EngineJob, findConfigBound: PreparedJob['configBoundOf']): (absolutePath: string) => Settings {
  const options = job.targetFromProject;
  if (!options) return () => job.settings;
  const projectDirOf = new Map<string, string>();
  const byProjectDir = new Map<string, Settings>();
  return (absolutePath) => {
    const dir = path.dirname(absolutePath);
    let projectDir = projectDirOf.get(dir);
    if (projectDir === undefined) projectDirOf.set(dir, (projectDir = findProjectDir(dir, findConfigBound(dir, options.stopAt), hasDirEntry)));
    let settings = byProjectDir.get(projectDir);
    if (!settings) byProjectDir.set(projectDir, (settings = { ...job.settings, target: resolveRuntimeTarget(options.config, projectDir) }));
    return settings;
  };
}

/** A file's text read ahead of `processFile` (by `readForProcessing`), with the time it took. */
export interface PreRead {
  raw: string;
  readMs: number;
  /** Ids of the rules whose prefilter matched `raw` (the prefilters ran in the main thread). */
  selected?: string[];
  /** The time those prefilters took. */
  prefilterMs?: number;
}

/**
 * Reads a file and tells whether it needs parsing: `null` when it cannot be read (let
 * `processFile` report why), else its text and whether some selected rule's prefilter (or a
 * suppression comment) asks for a parse. Lets the pool keep the files that need no parse in
 * the main thread and send only the others, with their text, to workers.
 */
export function readForProcessing(task: FileTask, prepared: PreparedJob): (PreRead & { needsParse: boolean; needsTypes: boolean }) | null {
  const start = now();
  const read = readSourceFile(task.absolutePath, task.displayPath, prepared.job.maxFileSize);
  const readMs = now() - start;
  if (!read.ok) return null;
  const selectStart = now();
  const active = selectRulesForText(read.raw, prepared.configured);
  const prefilterMs = now() - selectStart;
  const parse = needsParse(task, read.raw, active);
  return {
    raw: read.raw,
    readMs,
    selected: active.map(({ rule }) => rule.meta.id),
    prefilterMs,
    needsParse: parse,
    needsTypes: parse && needsTypesFor(task.absolutePath, active, prepared),
  };
}

/**
 * The rules whose prefilter matches `raw`: the ones the main thread selected (`preRead`) or
 * selected here. The prefilters run once per file, whatever asks about them afterwards.
 */
function activeRules(raw: string, prepared: PreparedJob, preRead?: PreRead): ConfiguredRule[] {
  const selected = preRead?.selected;
  if (!selected) return selectRulesForText(raw, prepared.configured);
  return prepared.configured.filter(({ rule }) => selected.includes(rule.meta.id));
}

/** Some selected rule's prefilter (or a suppression comment) asks for a parse. */
function needsParse(task: FileTask, raw: string, active: readonly ConfiguredRule[]): boolean {
  return getLanguage(task.absolutePath) === undefined || active.length > 0 || raw.includes('unleak-ignore');
}

/**
 * The file goes to the type layer: the run has one, the file is plain JavaScript/TypeScript
 * (`.vue`/`.svelte` script blocks get syntactic answers) and a types-needing rule's prefilter
 * matches it.
 */
export function needsTypes(absolutePath: string, raw: string, prepared: PreparedJob): boolean {
  return needsTypesFor(absolutePath, selectRulesForText(raw, prepared.configured), prepared);
}

function needsTypesFor(absolutePath: string, active: readonly ConfiguredRule[], prepared: PreparedJob): boolean {
  if (!prepared.typeLayer) return false;
  const language = getLanguage(absolutePath);
  if (!language || language.container) return false;
  return active.some(({ rule }) => rule.meta.needsTypes);
}

export async function processFile(task: FileTask, prepared: PreparedJob, preRead?: PreRead): Promise<FileOutcome> {
  const timings: FileTimings = { read: 0, prefilter: 0, parse: 0, rules: 0, fix: 0, prettier: 0 };
  const outcome: FileOutcome = {
    task,
    status: 'unchanged',
    findings: [],
    errors: [],
    eol: '\n',
    hasBom: false,
    parsed: false,
    notes: [],
    timings,
  };
  let start = now();
  const read = preRead ? ({ ok: true, raw: preRead.raw } as const) : readSourceFile(task.absolutePath, task.displayPath, prepared.job.maxFileSize);
  timings.read = preRead ? preRead.readMs : now() - start;
  if (!read.ok) {
    outcome.status = 'errored';
    outcome.errors.push(read.error);
    return outcome;
  }
  start = now();
  const active = activeRules(read.raw, prepared, preRead);
  timings.prefilter = (preRead?.prefilterMs ?? 0) + now() - start;
  const parse = needsParse(task, read.raw, active);
  // Only files that would be parsed are checked, so the outcome does not depend on --jobs.
  const generated = prepared.job.skipGenerated && parse ? detectGeneratedFile(read.raw) : null;
  if (generated) {
    outcome.status = 'skipped';
    outcome.skipReason = generated;
    return outcome;
  }
  const dependsOn: FileDependencies = { projectAnswers: [], modules: { resolved: [], read: {} }, usedTypes: false };
  outcome.dependsOn = dependsOn;
  if (!parse) {
    // No rule wants the file and no suppression comment needs checking: nothing to parse,
    // so no settings or formatting to resolve either.
    const source = new SourceText(read.raw);
    outcome.eol = source.eol;
    outcome.hasBom = source.hasBom;
    return outcome;
  }
  // The file's own repository bounds its config search, not the working directory's.
  // The implementations of the rules this file needs (the registry holds only their metas until then).
  await loadRules(active.map(({ rule }) => rule.meta.id));
  const prettierSettings = { ...prepared.job.prettier, stopAt: prepared.configBoundOf(path.dirname(task.absolutePath), prepared.job.prettier.stopAt) };
  const formatting = resolveProjectFormatting(task.absolutePath, prettierSettings.stopAt, { prettier: prettierSettings.enabled, execConfig: prettierSettings.execConfig });
  const lint = (lintSourceModule ?? (await loadLintSource())).lintSource({
    raw: read.raw,
    filePath: task.absolutePath,
    displayPath: task.displayPath,
    rules: prepared.configured,
    active,
    settings: { ...prepared.settingsFor(task.absolutePath), printWidth: formatting.printWidth, ...lintStyleSettings(task.absolutePath, prettierSettings.stopAt), ...(formatting.arrowParens ? { arrowParens: formatting.arrowParens } : {}), ...(formatting.trailingCommas ? { trailingCommas: formatting.trailingCommas } : {}) },
    project: recordProjectAnswers(prepared.projectFor(task.absolutePath, dependsOn.modules), dependsOn),
    types: needsTypesFor(task.absolutePath, active, prepared) ? recordTypeUse(prepared.typeLayer!.forFile(task.absolutePath), (dependsOn.typed = true, dependsOn)) : null,
    applyLevels: prepared.applyLevels,
    knownRuleIds: prepared.knownRuleIds,
    deferProjectRules: prepared.job.deferProjectRules === true,
  });
  if (lint.collected) outcome.collected = lint.collected;
  timings.prefilter += lint.timings.prefilter;
  Object.assign(timings, { parse: lint.timings.parse, rules: lint.timings.rules, fix: lint.timings.fix });
  outcome.parsed = lint.parsed;
  outcome.findings = calibrateFindings(lint.findings, prepared.configured);
  outcome.errors = lint.errors;
  outcome.eol = lint.source.eol;
  outcome.hasBom = lint.source.hasBom;
  if (lint.errors.some((error) => error.kind === 'parse')) {
    outcome.status = 'errored';
    return outcome;
  }
  let output = lint.output;
  if (output !== undefined) {
    start = now();
    const formatted = await formatWithProjectPrettier(task.absolutePath, lint.source.text, output, { ...prettierSettings, ...editorconfigWidthOf(formatting) });
    timings.prettier = now() - start;
    output = formatted.text;
    if (formatted.note) outcome.notes.push(formatted.note);
  }
  if (output !== undefined && output !== lint.source.text) {
    outcome.output = output;
    outcome.status = 'changed';
    if (formatting.leftTo) outcome.formattingLeftTo = formatting.leftTo;
  } else if (lint.errors.some((error) => error.kind === 'internal') && lint.findings.length === 0) {
    outcome.status = 'errored';
  }
  if (outcome.findings.length > 0 || outcome.output !== undefined || outcome.collected) outcome.source = lint.source.text;
  return outcome;
}

/** The project queries of one file, recording each question and its answer in `into`. */
function recordProjectAnswers(project: ProjectQueries, into: FileDependencies): ProjectQueries {
  return {
    isPromiseFunctionExport(specifier, exportName) {
      const answer = project.isPromiseFunctionExport(specifier, exportName);
      into.projectAnswers.push({ query: 'isPromiseFunctionExport', specifier, exportName, answer });
      return answer;
    },
    types: project.types,
    getPackageKind() {
      const answer = project.getPackageKind();
      into.projectAnswers.push({ query: 'getPackageKind', answer });
      return answer;
    },
    getRejectionHandler(environment) {
      const answer = project.getRejectionHandler(environment);
      into.projectAnswers.push({ query: 'getRejectionHandler', environment, answer });
      return answer;
    },
    getAngularHttpMethods(specifier, exportName) {
      const answer = project.getAngularHttpMethods(specifier, exportName);
      into.projectAnswers.push({ query: 'getAngularHttpMethods', specifier, exportName, answer: answer ? [...answer].sort() : null });
      return answer;
    },
    getReturnedObjectKeys(specifier, exportName) {
      const answer = project.getReturnedObjectKeys(specifier, exportName);
      into.projectAnswers.push({ query: 'getReturnedObjectKeys', specifier, exportName, answer: answer ? [...answer].sort() : null });
      return answer;
    },
    getClassMethodDeclared(specifier, exportName, method) {
      const answer = project.getClassMethodDeclared(specifier, exportName, method);
      into.projectAnswers.push({ query: 'getClassMethodDeclared', specifier, exportName, method, answer });
      return answer;
    },
    getParameterMemberUses(specifier, exportName, member, index) {
      const answer = project.getParameterMemberUses(specifier, exportName, member, index);
      into.projectAnswers.push({ query: 'getParameterMemberUses', specifier, exportName, member, index, answer: answer ? [...answer] : null });
      return answer;
    },
    getTypeMembers(specifier, exportName, path) {
      const answer = project.getTypeMembers(specifier, exportName, path);
      into.projectAnswers.push({ query: 'getTypeMembers', specifier, exportName, path: [...path], answer: answer ? [...answer].sort() : null });
      return answer;
    },
    getModuleTests() {
      const answer = project.getModuleTests();
      if (!into.projectAnswers.some((asked) => asked.query === 'getModuleTests')) into.projectAnswers.push({ query: 'getModuleTests', answer: answer?.map((test) => test.file) ?? null });
      return answer;
    },
  };
}

/** The type layer of one file, noting in `into` whether any rule asked it anything. */
function recordTypeUse(types: FileTypes, into: FileDependencies): FileTypes {
  return {
    forText(text) {
      const queries = types.forText(text);
      const asked = <A extends unknown[], R>(ask: (...args: A) => R) => (...args: A): R => {
        into.usedTypes = true;
        return ask(...args);
      };
      return {
        promiseLike: asked(queries.promiseLike.bind(queries)),
        isPromiseLike: asked(queries.isPromiseLike.bind(queries)),
        hasMethod: asked(queries.hasMethod.bind(queries)),
        callSites: asked(queries.callSites.bind(queries)),
        parameterType: asked(queries.parameterType.bind(queries)),
      };
    },
  };
}

/** The width `.editorconfig` gives when no formatter config set one: prettier applies it too. */
export function editorconfigWidthOf(formatting: { printWidth: number; widthSource: string }): { editorconfigWidth?: number } {
  return formatting.widthSource.endsWith(' max_line_length') ? { editorconfigWidth: formatting.printWidth } : {};
}
