/**
 * One run of unleak: config -> rule selection -> discover -> process (in-process or workers)
 * -> write -> one `RunResult` that every output format reads.
 */
import path from 'node:path';
import { lazyRules as registry } from '../../transforms/registry';
import { compareFindings } from './finding-order';
import type { Confidence, FileReport, Finding, PhaseTimings, RunError, RunResult, RunSummary, SkippedFile } from '../core/finding';
import { findConfig, loadConfigFile, RULE_OPTIONS_NOW_SETTINGS, type LoadedConfig, type RuleSetting, type TargetConfig } from './config';
import { discoverFiles, startListings } from './discover';
import { findReportRepositoryRoot, findRepositoryRoot, realPathOrSelf, startReportRootLookups, getChangedLines, getDirtyFiles, getMergeBase, resolveCommit } from './git';
import type { ChangedLinesInput } from './changed-lines';
import { limitToMinConfidence } from './min-confidence';
import { countFindings } from '../core/summary-counts';
import { createRepositoryPathResolver } from '../core/repository-path';
import { defaultJobs, runTasks } from './pool';
import { createSettingsResolver, editorconfigWidthOf, needsTypes, prepareJob, type EngineJob, type FileOutcome, type FileTask } from './process-file';
import { DEFAULT_MAX_FILE_SIZE, readSourceFile } from './read-file';
import { createTypeLayer, type TypeLayer } from '../types/type-layer';
import { OptionError, resolveRuleOptions } from '../core/rule-options';
import { resolveRuntimeTarget } from './target';
import { runProjectPhase } from './run-project-phase';
import { formatWithProjectPrettier } from './prettier';
import { createConfigBoundFinder } from './project-dir';
import { writeFixedFiles, type WriteIo } from './write-file';
import { resolveProjectFormatting } from './formatting';
import { describeFormattingLeft } from './formatting-notes';
import { getFixFiles } from '../core/fix-files';
import { SourceText } from '../core/source-text';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { shardOfPath, type Shard } from './shard';
import { defaultCacheFile, openRunCache, readRunCacheFile, resolveCacheLocation, storedRunTarget, type CacheStrategy } from './run-cache';
import { resolveRunTarget } from './run-target';

export interface RunProgress {
  phase: 'discover' | 'scan' | 'write';
  done: number;
  total: number;
  findings: number;
}

export interface RunOptions {
  /** Working directory; paths in the result are relative to it. Default: `process.cwd()`. */
  cwd?: string;
  /** Files, directories or globs. Default: `['.']`. */
  paths?: readonly string[];
  /** Run only these rules. */
  rules?: readonly string[];
  /** Do not run these rules. */
  skipRules?: readonly string[];
  /** Options per rule id, over the config file's. */
  ruleOptions?: Readonly<Record<string, Record<string, unknown>>>;
  /** Config file to use; `false` to use none; default: search from `cwd`. */
  config?: string | false;
  /** Apply fixes to disk. */
  write?: boolean;
  /** Also apply `suggestion` fixes. */
  unsafe?: boolean;
  /** Write even when the git work tree has uncommitted changes. */
  allowDirty?: boolean;
  /** Worker threads; default from the measured benchmark (1 on two cores). */
  jobs?: number;
  maxFileSize?: number;
  /** Extra gitignore-style patterns. */
  ignore?: readonly string[];
  defaultIgnores?: boolean;
  /** Format changed files with the project's prettier config (default true). */
  prettier?: boolean;
  /** Allow prettier configs that run code (JavaScript configs, plugins, shared configs). */
  execConfig?: boolean;
  target?: TargetConfig;
  /**
   * Report only findings on lines added or changed since the merge base of this git ref and
   * `HEAD` (work tree changes and untracked files included), as a pull request's diff does.
   */
  changedSince?: string;
  /**
   * Report only findings at least this sure (`high` leaves out report-only findings whose
   * truth depends on what the code does not show). Default: the config's `minConfidence`, else
   * everything. Fixes are all `high`: `--write` is not affected.
   */
  minConfidence?: Confidence;
  /**
   * Type information for the rules that ask for it (default `true`; the config's `types`);
   * `false` (`--no-types`) keeps every rule on its syntactic answers and never loads TypeScript.
   */
  types?: boolean;
  /**
   * `--shard i/n`: report only the files of shard `i` of `n` (a stable partition by
   * repository-relative path, see shard.ts). Rules with a project phase still collect on every
   * file; a cross-file finding is reported by the shard that owns the finding's file. Dry runs
   * only.
   */
  shard?: Shard;
  /**
   * `--cache`: take the findings of files whose inputs did not change since the last run from
   * the cache file (see run-cache.ts for what counts as an input), and update it.
   */
  cache?: boolean;
  /** `--cache-location`: the cache file, or a directory for it. Default: see `defaultCacheFile`. */
  cacheLocation?: string;
  /** `--cache-strategy`: how a file is known unchanged (see run-cache.ts); default `metadata`. */
  cacheStrategy?: CacheStrategy;
  /** Notes for stderr that are not part of the report (a corrupt cache file, ...). */
  onNote?: (note: string) => void;
  /** The file operations `--write` uses for fixes that span files (a seam for tests). */
  writeIo?: WriteIo;
  /** Used when neither `minConfidence` nor the config sets one (the CLI's per-format default). */
  defaultMinConfidence?: Confidence;
  onProgress?: (progress: RunProgress) => void;
}

/** A problem with how unleak was called (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface SelectedRule {
  id: string;
  options: Record<string, unknown>;
}

function isEnabled(setting: RuleSetting | undefined): boolean {
  return setting === undefined || setting === 'on' || setting === true || (typeof setting === 'object' && setting !== null);
}

function checkIds(ids: readonly string[], flag: string): void {
  const known = registry.map((rule) => rule.meta.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(`${flag}: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} (known: ${known.join(', ')})`);
  }
}

/** Applies config, `rules`, `skipRules` and options; validates everything up front. */
export function selectRules(options: RunOptions, loaded: LoadedConfig | null): SelectedRule[] {
  const configRules = loaded?.config.rules ?? {};
  checkIds(Object.keys(configRules), loaded ? `${loaded.file} rules` : 'config rules');
  if (options.rules) checkIds(options.rules, '--rules');
  if (options.skipRules) checkIds(options.skipRules, '--skip-rules');
  if (options.ruleOptions) checkIds(Object.keys(options.ruleOptions), 'rule options');
  const selected: SelectedRule[] = [];
  for (const rule of registry) {
    const id = rule.meta.id;
    const setting = configRules[id];
    const enabled = options.rules ? options.rules.includes(id) : isEnabled(setting);
    if (!enabled || options.skipRules?.includes(id)) continue;
    const fromConfig = typeof setting === 'object' && setting !== null ? setting : undefined;
    try {
      selected.push({ id, options: resolveRuleOptions(rule, { ...fromConfig, ...options.ruleOptions?.[id] }) });
    } catch (error) {
      if (error instanceof OptionError) throw new UsageError(loaded && fromConfig ? `${loaded.file}: ${error.message}` : error.message);
      throw error;
    }
  }
  if (selected.length === 0) throw new UsageError('no rules selected');
  return selected;
}

/**
 * One note per run for each rule option that became a project setting and is still given per
 * rule (in the config's `rules`): it keeps working for one release.
 */
export function describeDeprecatedRuleOptions(rules: Record<string, RuleSetting> | undefined): string[] {
  const notes: string[] = [];
  for (const [ruleId, setting] of Object.entries(rules ?? {})) {
    if (typeof setting !== 'object' || setting === null) continue;
    for (const key of RULE_OPTIONS_NOW_SETTINGS) {
      if (key in setting) notes.push(`rules.${ruleId}.${key} is deprecated: set "settings": { "${key}": ... } once for every rule (the per-rule form still works in this release)`);
    }
  }
  return notes;
}

function emptyTimings(): PhaseTimings {
  return { discover: 0, read: 0, prefilter: 0, parse: 0, rules: 0, fix: 0, prettier: 0, write: 0 };
}

export async function run(options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  // While git answers (the repository root, the listing of the folders to scan, the repository
  // of targets outside the working directory), the cache file is read: where it is does not
  // depend on the repository. The processes are started first, while the run is small.
  const findingRepoRoot = findRepositoryRoot(cwd);
  const listings = startListings(cwd, paths);
  const reportRootLookups = startReportRootLookups(cwd, paths);
  const cacheFile = options.cache ? (options.cacheLocation !== undefined ? resolveCacheLocation(cwd, options.cacheLocation) : defaultCacheFile(cwd)) : null;
  const cacheContent = cacheFile !== null ? readRunCacheFile(cacheFile, TOOL_VERSION) : undefined;
  const repoRoot = await findingRepoRoot;
  const loaded = options.config === false ? null : options.config ? loadConfigFile(path.resolve(cwd, options.config)) : findConfig(cwd, repoRoot ?? cwd);
  const config = loaded?.config ?? {};
  const selected = selectRules(options, loaded);
  const write = options.write === true;
  const unsafe = options.unsafe === true;

  if (write && options.shard) {
    throw new UsageError('--shard splits a report between CI jobs; it cannot be used with --write (a fix may span files of several shards)');
  }
  if (write && !options.allowDirty) await assertCleanWorkTree(cwd, paths);
  const changes = options.changedSince === undefined ? undefined : await readChangesSince(cwd, repoRoot, options.changedSince, write);

  const timings = emptyTimings();
  let start = performance.now();
  options.onProgress?.({ phase: 'discover', done: 0, total: 0, findings: 0 });
  // Discovery waits for `git ls-files` (and the report root for `git rev-parse`): what does not
  // depend on the file list is done meanwhile — the job's settings.
  // (`timings.discover` therefore includes them.)
  const discovering = discoverFiles({
    cwd,
    paths,
    listings,
    ignorePatterns: [...(config.ignore ?? []), ...(options.ignore ?? [])],
    defaultIgnores: options.defaultIgnores ?? config.defaultIgnores ?? true,
  });
  const findingReportRoot = findReportRepositoryRoot(cwd, paths, repoRoot, reportRootLookups);
  // Awaited below; a failure before that must not count as unhandled.
  discovering.catch(() => undefined);
  findingReportRoot.catch(() => undefined);

  // With --cache (and its default strategy), the project root's target comes from the cache
  // file while nothing its lookup read changed (run-target.ts).
  const targetConfig = options.target ?? config.target;
  const runTarget = cacheContent !== undefined && (options.cacheStrategy ?? 'metadata') === 'metadata'
    ? resolveRunTarget(storedRunTarget(cacheContent), repoRoot ?? cwd, targetConfig, () => resolveRuntimeTarget(targetConfig, repoRoot ?? cwd))
    : null;
  const job: EngineJob = {
    rules: selected,
    settings: { target: runTarget?.target ?? resolveRuntimeTarget(targetConfig, repoRoot ?? cwd), ...config.settings },
    skipGenerated: options.defaultIgnores ?? config.defaultIgnores ?? true,
    targetFromProject: { stopAt: repoRoot ?? cwd, ...(options.target ?? config.target ? { config: options.target ?? config.target } : {}) },
    unsafe,
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    prettier: { enabled: options.prettier ?? config.prettier ?? true, execConfig: options.execConfig === true, stopAt: repoRoot ?? cwd },
    deferProjectRules: selected.some(({ id }) => registry.find((rule) => rule.meta.id === id)?.project !== undefined),
  };
  const typesWanted = selected.some((rule) => registry.find((candidate) => candidate.meta.id === rule.id)?.meta.needsTypes);
  const typesOn = options.types ?? config.types ?? true;
  if (typesWanted && typesOn) job.types = { stopAt: repoRoot ?? cwd, cwd };

  const discovered = await discovering;
  timings.discover = performance.now() - start;
  if (discovered.missing.length > 0) {
    throw new UsageError(`no such file, directory or matching glob: ${discovered.missing.map((m) => `"${m}"`).join(', ')}`);
  }

  // The project phase's call-site lookup asks the checker too: the pool's type layer when a
  // rule needed one (same programs), else one built on the plan's first question.
  const projectTypeLayer = (): TypeLayer | null => {
    if (poolRun.typeLayer) return poolRun.typeLayer;
    if (!typesOn || !job.deferProjectRules) return null;
    const layer = createTypeLayer({ stopAt: repoRoot ?? cwd, cwd });
    layer.setInferredRoots(discovered.files.map((file) => ({ path: file.absolutePath, size: file.size })));
    return layer;
  };

  const reportRoot = await findingReportRoot;
  const ownsFile = options.shard ? createShardOwnership(cwd, reportRoot, options.shard) : null;
  const ownedFiles = ownsFile ? discovered.files.filter((task) => ownsFile(task.displayPath)) : discovered.files;
  const cache = cacheFile !== null
    ? openRunCache({
        file: cacheFile,
        content: cacheContent,
        toolVersion: TOOL_VERSION,
        job,
        allFiles: discovered.files,
        stopAt: repoRoot ?? cwd,
        ...(options.cacheStrategy ? { strategy: options.cacheStrategy } : {}),
        ...(runTarget ? { runTarget } : {}),
      })
    : null;
  for (const note of cache?.notes ?? []) options.onNote?.(note);
  const fromCache = cache ? cache.partition(ownedFiles) : { hits: [], misses: ownedFiles, typedHits: [] };
  const total = ownedFiles.length;
  let done = fromCache.hits.length;
  let findingsSoFar = fromCache.hits.reduce((sum, outcome) => sum + outcome.findings.length, 0);
  const poolRun = await runTasks(
    fromCache.misses,
    job,
    options.jobs ?? defaultJobs(),
    (outcome) => {
      done++;
      findingsSoFar += outcome.findings.length;
      options.onProgress?.({ phase: 'scan', done, total, findings: findingsSoFar });
    },
    { adaptive: options.jobs === undefined, typedElsewhere: job.types ? [...fromCache.typedHits, ...(ownsFile ? findTypedFiles(discovered.files.filter((task) => !ownsFile(task.displayPath)), job) : [])] : [] },
  );
  cache?.remember(poolRun.outcomes);
  // Another shard's files: only what the project phase needs (each project rule's collect).
  const othersOnlyCollect = ownsFile && job.deferProjectRules ? await collectOtherShards(discovered.files.filter((task) => !ownsFile(task.displayPath)), job, options.jobs) : [];
  const outcomes = [...fromCache.hits, ...poolRun.outcomes, ...othersOnlyCollect].sort((a, b) => (a.task.displayPath < b.task.displayPath ? -1 : 1));
  for (const outcome of outcomes) {
    timings.read += outcome.timings.read;
    timings.prefilter += outcome.timings.prefilter;
    timings.parse += outcome.timings.parse;
    timings.rules += outcome.timings.rules;
    timings.fix += outcome.timings.fix;
    timings.prettier += outcome.timings.prettier;
  }

  const beforeProject = new Map(outcomes.map((outcome) => [outcome, outcome.output]));
  timings.fix += await runProjectPhase({
    outcomes,
    rules: selected.map(({ id, options }) => ({ rule: registry.find((rule) => rule.meta.id === id)!, options })),
    settings: job.settings,
    settingsFor: createSettingsResolver(job, createConfigBoundFinder()),
    unsafe,
    types: projectTypeLayer(),
    plans: cache?.plans ?? null,
  });
  // Files a cross-file fix touched are formatted like per-file fixes (prettier-clean files of a project with a usable config).
  start = performance.now();
  await formatProjectOutputs(outcomes.filter((outcome) => outcome.output !== beforeProject.get(outcome)), job);
  timings.prettier += performance.now() - start;

  const reported = ownsFile ? outcomes.filter((outcome) => ownsFile(outcome.task.displayPath)) : outcomes;
  const reportedDiscovery = ownsFile ? { ...discovered, files: ownedFiles, skipped: discovered.skipped.filter((entry) => ownsFile(entry.file)) } : discovered;

  start = performance.now();
  const written = new Set<FileOutcome>();
  if (write) {
    const toWrite = outcomes.filter((outcome) => outcome.output !== undefined);
    let writtenCount = 0;
    // A fix that spans files is written all or nothing: its files go to disk together.
    for (const group of groupByFixFiles(toWrite)) {
      try {
        await writeFixedFiles(group.map((outcome) => ({
          absolutePath: outcome.task.absolutePath,
          content: SourceText.toRaw(outcome.output!, outcome.hasBom),
          expectedMtimeMs: outcome.task.mtimeMs,
          expectedSize: outcome.task.size,
        })), options.writeIo);
        for (const outcome of group) written.add(outcome);
      } catch (error) {
        const others = group.length > 1 ? ` (with ${group.map((outcome) => outcome.task.displayPath).join(', ')}, one fix spans them)` : '';
        for (const outcome of group) {
          outcome.errors.push({ file: outcome.task.displayPath, kind: 'write', message: `not written${others}: ${(error as Error).message}` });
          outcome.status = 'errored';
          for (const finding of outcome.findings) finding.applied = false;
        }
      }
      writtenCount += group.length;
      options.onProgress?.({ phase: 'write', done: writtenCount, total: toWrite.length, findings: findingsSoFar });
    }
  }
  timings.write = performance.now() - start;
  if (!write) {
    // In a dry run nothing was applied; the fix loop's bookkeeping only fed `filesChanged`.
    for (const outcome of outcomes) for (const finding of outcome.findings) delete finding.applied;
  }

  const configNotes = describeDeprecatedRuleOptions(config.rules);
  const result = assembleResult({ cwd, repoRoot: reportRoot, write, unsafe, selected, discovered: reportedDiscovery, outcomes: reported, written, timings, started, poolRun, configNotes });
  if (options.shard) result.shard = { index: options.shard.index, total: options.shard.total };
  if (typesWanted) {
    result.summary.typeInfo = (cache ? cache.reportedTypeInfo(poolRun.typeInfo) : poolRun.typeInfo) ?? {
      tsconfigs: [],
      inferredProgram: false,
      none: typesOn ? 'no file needed type information' : options.types === false ? 'turned off (--no-types)' : 'turned off ("types": false in the config)',
      problems: [],
    };
  }
  const cacheProblem = cache?.save();
  if (cacheProblem) options.onNote?.(cacheProblem);
  // Loaded for --changed-since only (it brings the fixer in).
  const limited = changes ? (await import('./changed-lines.js')).limitToChangedLines(result, changes) : result;
  const minConfidence = options.minConfidence ?? config.minConfidence ?? options.defaultMinConfidence;
  return minConfidence && minConfidence !== 'low' ? limitToMinConfidence(limited, minConfidence) : limited;
}

/**
 * The project phase's outputs through the project's prettier, with the per-file phase's policy
 * (formatWithProjectPrettier: a usable config, a file that was prettier-clean before, no code
 * run from the repository without `--exec-config`).
 */
async function formatProjectOutputs(touched: readonly FileOutcome[], job: EngineJob): Promise<void> {
  if (touched.length === 0 || !job.prettier.enabled) return;
  const configBoundOf = createConfigBoundFinder();
  for (const outcome of touched) {
    if (outcome.output === undefined || outcome.source === undefined) continue;
    const stopAt = configBoundOf(path.dirname(outcome.task.absolutePath), job.prettier.stopAt);
    const formatting = resolveProjectFormatting(outcome.task.absolutePath, stopAt, { prettier: job.prettier.enabled, execConfig: job.prettier.execConfig });
    const formatted = await formatWithProjectPrettier(outcome.task.absolutePath, outcome.source, outcome.output, { ...job.prettier, stopAt, ...editorconfigWidthOf(formatting) });
    if (formatted.note) outcome.notes.push(formatted.note);
    if (formatted.formatted) outcome.output = formatted.text;
  }
}

/** Whether a file (by its reported path) belongs to the run's shard. */
function createShardOwnership(cwd: string, repoRoot: string | null, shard: Shard): (displayPath: string) => boolean {
  const toRepositoryPath = repoRoot ? createRepositoryPathResolver(cwd, realPathOrSelf(cwd), repoRoot) : null;
  return (displayPath) => shardOfPath(toRepositoryPath?.(displayPath) ?? displayPath, shard.total) === shard.index;
}

/**
 * The files of other shards go through the per-file phase with only the rules that have a
 * project phase, so each project plan sees what every file of the run collected; their own
 * findings and errors are left to the shards that own them.
 */
async function collectOtherShards(tasks: readonly FileTask[], job: EngineJob, jobs: number | undefined): Promise<FileOutcome[]> {
  const projectRuleIds = new Set(registry.filter((rule) => rule.project).map((rule) => rule.meta.id));
  const { types: _types, ...rest } = job;
  const collectJob: EngineJob = { ...rest, rules: job.rules.filter((rule) => projectRuleIds.has(rule.id)) };
  const collected = await runTasks(tasks, collectJob, jobs ?? defaultJobs(), () => {}, { adaptive: jobs === undefined });
  return collected.outcomes;
}

/** The files some types-needing rule's prefilter matches (as the pool's triage decides). */
function findTypedFiles(tasks: readonly FileTask[], job: EngineJob): FileTask[] {
  const prepared = prepareJob(job);
  return tasks.filter((task) => {
    const read = readSourceFile(task.absolutePath, task.displayPath, job.maxFileSize);
    return read.ok && needsTypes(task.absolutePath, read.raw, prepared);
  });
}

/** Resolves `--changed-since` up front, so a bad ref fails before any file is read. */
async function readChangesSince(cwd: string, repoRoot: string | null, ref: string, write: boolean): Promise<ChangedLinesInput> {
  if (write) throw new UsageError('--changed-since limits the report, not the fixes; it cannot be used with --write');
  if (!repoRoot) throw new UsageError(`--changed-since needs a git repository, and ${cwd} is not inside one`);
  const commit = await resolveCommit(repoRoot, ref);
  if (!commit) {
    throw new UsageError(
      `--changed-since: "${ref}" does not name a commit in ${repoRoot}` +
        ' (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)',
    );
  }
  const base = await getMergeBase(repoRoot, commit, 'HEAD');
  if (!base) {
    throw new UsageError(
      `--changed-since: "${ref}" and HEAD have no common ancestor in ${repoRoot}` +
        ' (a shallow clone? fetch more history, e.g. actions/checkout with fetch-depth: 0)',
    );
  }
  let changes;
  try {
    changes = await getChangedLines(repoRoot, base);
  } catch (error) {
    throw new UsageError(`--changed-since: ${(error as Error).message}`);
  }
  return { ref, base, changes, toRepositoryPath: createRepositoryPathResolver(cwd, realPathOrSelf(cwd), repoRoot) };
}

async function assertCleanWorkTree(cwd: string, paths: readonly string[]): Promise<void> {
  const roots = new Set<string>();
  for (const p of paths) {
    const root = await findRepositoryRoot(path.resolve(cwd, p).replace(/[*?{[].*$/, '') || cwd);
    if (root) roots.add(root);
  }
  for (const root of roots) {
    const dirty = await getDirtyFiles(root);
    if (dirty.length > 0) {
      const shown = dirty.slice(0, 10).map((file) => `  ${file}`).join('\n');
      const more = dirty.length > 10 ? `\n  … and ${dirty.length - 10} more` : '';
      throw new UsageError(
        `refusing to write: the git work tree at ${root} has uncommitted changes:\n${shown}${more}\n` +
          'Commit or stash them first, so the fixes can be reviewed and reverted on their own, or pass --allow-dirty.',
      );
    }
  }
}

interface AssembleInput {
  cwd: string;
  repoRoot: string | null;
  write: boolean;
  unsafe: boolean;
  selected: SelectedRule[];
  discovered: Awaited<ReturnType<typeof discoverFiles>>;
  outcomes: FileOutcome[];
  written: ReadonlySet<FileOutcome>;
  timings: PhaseTimings;
  started: number;
  poolRun: { jobs: number; notes: string[] };
  /** Notes about the config itself (deprecated forms). */
  configNotes: string[];
}

function assembleResult(input: AssembleInput): RunResult {
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const files: FileReport[] = [];
  let changed = 0;
  let unchanged = 0;
  let errored = 0;
  const skipped: SkippedFile[] = [];
  for (const outcome of input.outcomes) {
    findings.push(...outcome.findings);
    errors.push(...outcome.errors);
    if (outcome.status === 'errored') errored++;
    else if (outcome.status === 'changed') changed++;
    else if (outcome.status === 'skipped') skipped.push({ file: outcome.task.displayPath, reason: outcome.skipReason ?? 'skipped' });
    else unchanged++;
    if (outcome.findings.length > 0 || outcome.output !== undefined) {
      const report: FileReport = {
        file: outcome.task.displayPath,
        absolutePath: outcome.task.absolutePath,
        eol: outcome.eol,
        hasBom: outcome.hasBom,
        findings: outcome.findings,
        written: input.written.has(outcome),
      };
      if (outcome.source !== undefined) report.source = outcome.source;
      if (outcome.output !== undefined && outcome.status === 'changed') report.output = outcome.output;
      if (outcome.formattingLeftTo && report.output !== undefined) report.formattingLeftTo = outcome.formattingLeftTo;
      files.push(report);
    }
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : compareFindings(a, b)));
  const summary: RunSummary = {
    filesScanned: input.discovered.files.length + input.discovered.skipped.length,
    filesWithFindings: files.filter((file) => file.findings.length > 0).length,
    filesChanged: changed,
    filesUnchanged: unchanged,
    filesSkipped: input.discovered.skipped.length + skipped.length,
    filesErrored: errored,
    ...countFindings(findings),
    errors: errors.length,
    durationMs: Math.round(performance.now() - input.started),
  };
  const selectedIds = new Set(input.selected.map((rule) => rule.id));
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    cwd: input.cwd,
    repositoryRoot: input.repoRoot,
    ...(input.repoRoot ? { realCwd: realPathOrSelf(input.cwd) } : {}),
    mode: input.write ? 'write' : 'dry-run',
    unsafe: input.unsafe,
    rules: registry
      .filter((rule) => selectedIds.has(rule.meta.id))
      .map((rule) => ({
        id: rule.meta.id,
        description: rule.meta.description,
        docsPath: rule.meta.docs,
        ...(rule.meta.goAnalogue ? { goAnalogue: rule.meta.goAnalogue } : {}),
        fixLevel: rule.meta.fixLevel,
        ...(rule.meta.precision ? { precision: rule.meta.precision } : {}),
      })),
    summary,
    findings,
    errors,
    // By path (stable), so that reports of shards merge into the order of an unsharded run.
    skipped: [...input.discovered.skipped, ...skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    files,
    timings: input.timings,
    jobs: input.poolRun.jobs,
    notes: [...new Set([...input.configNotes, ...input.poolRun.notes, ...input.outcomes.flatMap((outcome) => outcome.notes), ...describeFormattingLeft(files, input.write)])],
  };
}

/**
 * The outcomes to write, grouped so that the files of every applied fix that spans files are
 * in one group (transitively: two such fixes sharing a file make one group); the others alone.
 */
function groupByFixFiles(toWrite: readonly FileOutcome[]): FileOutcome[][] {
  const byFile = new Map(toWrite.map((outcome) => [outcome.task.displayPath, outcome]));
  const parent = new Map(toWrite.map((outcome) => [outcome, outcome]));
  const root = (outcome: FileOutcome): FileOutcome => {
    let current = outcome;
    while (parent.get(current) !== current) current = parent.get(current)!;
    return current;
  };
  for (const outcome of toWrite) {
    for (const finding of outcome.findings) {
      if (finding.applied !== true) continue;
      for (const { file } of getFixFiles(finding)) {
        const other = byFile.get(file);
        if (other) parent.set(root(other), root(outcome));
      }
    }
  }
  const groups = new Map<FileOutcome, FileOutcome[]>();
  for (const outcome of toWrite) {
    const key = root(outcome);
    groups.set(key, [...(groups.get(key) ?? []), outcome]);
  }
  return [...groups.values()];
}
