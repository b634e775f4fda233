/**
 * `--cache`: a file whose text, settings and answers from other files are unchanged is not
 * read by the rules again; its findings come from the cache (ESLint's `--cache`).
 *
 * How a file's text is known unchanged (`--cache-strategy`, ESLint's option and default):
 * `metadata` trusts the stored hash of a file whose size and modification time are those the
 * entry recorded, and reads and hashes the others; `content` reads and hashes every file (for
 * checkouts that reset modification times, or a file rewritten with the same size within the
 * file system's time resolution).
 *
 * What an entry depends on, and how each is checked:
 * - the run: unleak's version, the rules and their options, the settings, the job's switches
 *   (unsafe, generated files, file size limit, prettier, types): one key for the whole file,
 *   a different key drops every entry (the project root's runtime target, part of the
 *   settings, is itself kept with what its lookup read: run-target.ts);
 * - the file: a hash of its bytes;
 * - its settings: the runtime target resolved for its package (package.json, browserslist,
 *   installed type declarations, Angular's version) and its print width (formatter config,
 *   .editorconfig), compared as resolved values;
 * - other files, through the engine's project queries: for "is an import's export an async
 *   function", every specifier the answers resolved must resolve to the same file and every
 *   module they read must have the same bytes (`ModuleTrace`); for "the module's tests", every
 *   folder looked in must list the same test files and every test file read have the same bytes
 *   (so for "which methods of an imported service return an HttpClient request": the specifiers
 *   and the modules read); "is the package a library" is asked again; "the package's
 *   rejection handler" is kept per package with a digest of everything its walk looks at (the
 *   folders as listed, the bytes of each source file), taken again each run;
 * - the type checker: an entry whose rules asked it anything is used only when the type
 *   inputs are unchanged — TypeScript's version, every tsconfig/jsconfig above the scanned
 *   files, the lockfile, and the text of every file of the run (one changed file invalidates
 *   every entry that used types: the program's answers may change anywhere).
 *
 * The plans of rules with a project phase (loop-cancellation, unsettled-promise), one entry per
 * rule (the last plan): its findings are used when the plan's inputs are the same (rule,
 * options, settings, what every file collected for it — cached with the file —, the list of the
 * run's files) and everything it read is unchanged (plan-reads.ts): the bytes of every file of
 * the run it read (by the file's hash, known as above), the bytes of the other files it read
 * (package entry points, package.json), the existence of the package.json and `.git` it looked
 * for, every relative specifier it resolved, and the type inputs when it asked the type layer.
 * Otherwise the plan runs again. A plan that failed is not kept.
 *
 * Not cached: the fixed text of files a prettier config may format (it depends on prettier's
 * version and the file's prettier-cleanliness; without a config, the fixed text is cached and
 * a config that appears changes the file's settings), and files with errors.
 *
 * The cache file is one JSON document (its file entries stored compactly, as cache-entries.ts
 * says: paths interned, the facts the answers rest on listed once and checked once per run),
 * written atomically (temp file + rename). Runs at the same time each write a whole file; the
 * last rename wins and no reader sees half a file. A
 * file that is not unleak's cache is never trusted nor overwritten; an unreadable or
 * other-version cache is ignored with a note and replaced.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Finding, TypeInfo } from '../core/finding';
import type { CodeEnvironment } from '../core/rule';
import { findEditorconfigWidth, resolveProjectFormatting } from './formatting';
import { findPrettierConfig } from './prettier';
import { createConfigBoundFinder } from './project-dir';
import { isPathInside } from './path-inside';
import { clearDirEntries, listDirEntries } from './dir-entries';
import { hashModuleFile, MAX_MODULE_SIZE, resolveProjectSpecifierFrom } from './project-modules';
import { testFolderKey } from './module-tests';
import { digestHandlerInputs, findRejectionHandlers, handlerFor, type HandlerWalkTrace, type RejectionHandlerSite } from './rejection-handler';
import { prepareJob, type EngineJob, type FileOutcome, type FileTask, type PreparedJob } from './process-file';
import { EMPTY_ENTRY_TABLE, encodeEntries, openEntryTable, toEntryAnswers, type CacheEntry, type EntryAnswers, type EntryTable, type Fact, type StoredEntries } from './cache-entries';
import { findLintStyle } from './lint-style';
import type { PlanStore } from './run-project-phase';
import type { PlanReads } from './plan-reads';
import { isProbeList, probesUnchanged, recordReads, type Probe } from './settings-reads';
import { clearWorkspaceCache } from './workspace-consumers';
import { buildStamp } from './build-stamp';
import type { RunTarget, RunTargetSnapshot } from './run-target';

const FORMAT = 'unleak-cache';
/** 2: the compact entries of cache-entries.ts. */
const FORMAT_VERSION = 2;
/** Written first in every cache file: a file that starts otherwise is not ours. */
const SIGNATURE = `{"format":"${FORMAT}"`;

interface CacheFile {
  format: typeof FORMAT;
  formatVersion: number;
  tool: string;
  key: string;
  /** The file entries, stored as cache-entries.ts says. */
  strings: StoredEntries['strings'];
  resolutions: StoredEntries['resolutions'];
  modules: StoredEntries['modules'];
  listings: StoredEntries['listings'];
  entries: StoredEntries['entries'];
  /** What the type layer used, for runs whose typed files all come from the cache. */
  typeInfo?: { typeInputs: string; typeInfo: TypeInfo };
  /** The last plan of each rule with a project phase, by rule id. */
  plans?: Record<string, PlanEntry>;
  /** What the settings lookups read (see `SettingsSnapshot`). */
  settings?: SettingsSnapshot;
  /** The type inputs' configuration part, with what it read (see `TypeConfigSnapshot`). */
  typeConfig?: TypeConfigSnapshot;
  /** The project root's runtime target, with what it read (run-target.ts). */
  target?: RunTargetSnapshot;
  /** Each package's rejection handler (`getRejectionHandler`), with a digest of what its walk looks at, by package folder. */
  handlers?: Record<string, HandlerSnapshot>;
}

interface HandlerSnapshot {
  /** The package's handlers, the first of each environment (rejection-handler.ts `findRejectionHandlers`). */
  sites: RejectionHandlerSite[];
  /** rejection-handler.ts `digestHandlerInputs`. */
  digest: string;
}

function isHandlerSnapshot(value: unknown): value is HandlerSnapshot {
  if (!isPlainRecord(value) || typeof value.digest !== 'string') return false;
  const sites = value.sites;
  return Array.isArray(sites) && sites.every((site) => isPlainRecord(site) && typeof site.file === 'string' && typeof site.line === 'number' && (site.environment === 'node' || site.environment === 'browser'));
}

interface PlanEntry {
  /** The plan's inputs (run-project-phase.ts `planInputKey`). */
  inputKey: string;
  /** The files of the run it read (absolute paths), or `all` of them; and a hash of their hashes. */
  runFiles: string[] | 'all';
  runFilesHash: string;
  /** Other files it read, with their hashes (`hashFile`). */
  otherFiles: Record<string, string>;
  exists: [file: string, exists: boolean][];
  resolved: [from: string, specifier: string, target: string | null][];
  /** The files whose project settings it asked, with the answer as JSON (absent: none). */
  settings?: [file: string, settings: string][];
  /** Set when it asked the type layer. */
  typeInputs?: string;
  findings: Finding[];
}

export interface CacheOptions {
  /** The cache file. */
  file: string;
  toolVersion: string;
  job: EngineJob;
  /** Every file of the run (the type inputs hash them all). */
  allFiles: readonly FileTask[];
  /** Where to look for tsconfig files and the lockfile, at most. */
  stopAt: string;
  /** How a file's text is known unchanged (see above); default `metadata`. */
  strategy?: CacheStrategy;
  /** The cache file as `readRunCacheFile` read it (earlier, while discovery waited for git); read now when not given. */
  content?: CacheFileContent;
  /** The project root's runtime target as run-target.ts resolved it: its snapshot is kept. */
  runTarget?: RunTarget;
}

export type CacheStrategy = 'metadata' | 'content';

export interface RunCache {
  /** Problems with the cache file (corrupt, foreign, another version), for stderr. */
  notes: string[];
  /**
   * The tasks whose outcome the cache holds (as outcomes), and the others; `typedHits`: the
   * hits some types-needing rule's prefilter matches (roots of the inferred program).
   */
  partition(tasks: readonly FileTask[]): { hits: FileOutcome[]; misses: FileTask[]; typedHits: FileTask[] };
  /** Keeps the cacheable outcomes of this run (call before anything changes them). */
  remember(outcomes: readonly FileOutcome[]): void;
  /** The run's type information to report, given what this run's type layer saw. */
  reportedTypeInfo(current: TypeInfo | undefined): TypeInfo | undefined;
  /** Writes the cache file (atomically); returns a note when it could not. */
  save(): string | null;
  /** The plans of rules with a project phase (call after `partition`: it knows the files' hashes). */
  plans: PlanStore;
}

const sha1 = (data: string | Buffer): string => createHash('sha1').update(data).digest('hex');

/** Where `--cache` keeps its file when `--cache-location` is not given. */
export function defaultCacheFile(cwd: string): string {
  // find-cache-dir's convention (babel-loader, ava, prettier): node_modules/.cache under the
  // nearest package.json above the working directory, which is the project being scanned.
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'node_modules', '.cache', 'unleak', 'cache.json');
    if (path.dirname(dir) === dir) return path.join(cwd, 'node_modules', '.cache', 'unleak', 'cache.json');
  }
}

/** `--cache-location`: a directory (existing, or written with a trailing slash) gets `cache.json` in it. */
export function resolveCacheLocation(cwd: string, location: string): string {
  const absolute = path.resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (fs.existsSync(absolute) && fs.statSync(absolute).isDirectory());
  return isDirectory ? path.join(absolute, 'cache.json') : absolute;
}

type Loaded = { kind: 'ok'; cache: CacheFile; entries: EntryTable } | { kind: 'missing' } | { kind: 'replace'; note: string } | { kind: 'foreign'; note: string };

/** The cache file, read and parsed (not yet checked against the run's key). */
export type CacheFileContent = Loaded;

export function readRunCacheFile(file: string, toolVersion: string): CacheFileContent {
  return loadCacheFile(file, toolVersion);
}

/** The runtime target snapshot of a cache file read (for run-target.ts, which checks it). */
export function storedRunTarget(content: CacheFileContent): unknown {
  return content.kind === 'ok' ? content.cache.target : undefined;
}

function loadCacheFile(file: string, toolVersion: string): Loaded {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'foreign', note: `cache ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); running without it` };
  }
  if (!text.startsWith(SIGNATURE)) {
    return { kind: 'foreign', note: `cache ${file} is not an unleak cache; ignored and left as it is (choose another --cache-location)` };
  }
  let parsed: CacheFile;
  try {
    parsed = JSON.parse(text) as CacheFile;
  } catch {
    return { kind: 'replace', note: `cache ${file} is corrupt (not valid JSON); ignored, and written afresh` };
  }
  if (parsed.formatVersion !== FORMAT_VERSION || parsed.tool !== toolVersion) {
    return { kind: 'replace', note: `cache ${file} was written by unleak ${String(parsed.tool)} (cache format ${String(parsed.formatVersion)}); ignored, and written afresh` };
  }
  const entries = typeof parsed.key === 'string' ? openEntryTable(parsed as unknown as Record<string, unknown>) : null;
  if (entries === null) {
    return { kind: 'replace', note: `cache ${file} is corrupt (unexpected content); ignored, and written afresh` };
  }
  return { kind: 'ok', cache: parsed, entries };
}

/** A folder's entries read now (not the run's shared listing), `null` when it cannot be listed. */
function listFolder(dir: string): string[] | null {
  try {
    return fs.readdirSync(dir);
  } catch {
    return null;
  }
}

/**
 * The run's key: everything every file's result depends on. Besides the version, the time this
 * module was built: a development build (same version, other code) does not reuse the cache of
 * the previous build; an installed package's files keep their time.
 */
function runKey(job: EngineJob, toolVersion: string): string {
  return sha1(JSON.stringify({ toolVersion, built: buildStamp(), job }));
}

export function openRunCache(options: CacheOptions): RunCache {
  const notes: string[] = [];
  const loaded = options.content ?? loadCacheFile(options.file, options.toolVersion);
  if (loaded.kind === 'replace' || loaded.kind === 'foreign') notes.push(loaded.note);
  const key = runKey(options.job, options.toolVersion);
  const previous = loaded.kind === 'ok' && loaded.cache.key === key ? loaded.entries : EMPTY_ENTRY_TABLE;
  const next = new Map<string, CacheEntry>();
  /** The hash of each file read by `partition`, for `remember`; and its size. */
  const hashes = new Map<string, string>();
  const sizes = new Map<string, number>();
  const settingsKeys = new Map<string, string>();
  /** Files a prettier config may format: their fixed text is not cached (it depends on prettier). */
  const prettierFormats = new Set<string>();
  let prepared: PreparedJob | null = null;
  /** The sorted paths of a list of files, hashed (the snapshots' `runFiles`), once per list. */
  const pathHashes = new Map<readonly FileTask[], string>();
  const hashPaths = (files: readonly FileTask[]): string => {
    let hash = pathHashes.get(files);
    if (hash === undefined) pathHashes.set(files, (hash = sha1(files.map((task) => task.absolutePath).sort().join('\n'))));
    return hash;
  };
  /** What the probes of the snapshots found (the type inputs' paths are among the settings'). */
  const probed = new Map<string, boolean>();
  const preparedJob = (): PreparedJob => (prepared ??= prepareJob(options.job));
  const findConfigBound = createConfigBoundFinder();
  let typeInputs: string | null = null;
  const currentTypeInputs = (): string => (typeInputs ??= hashTypeInputs(options.allFiles, typeConfigDigest(), (file) => hashes.get(file) ?? hashFile(file)));
  /**
   * The type inputs' configuration part, kept in the cache with what it read (as the settings
   * snapshot, below): while none of it changed and the run has the same files, it is not
   * looked up again (the listing of every folder above the files, the config bound of each).
   */
  const storedTypeConfig = loaded.kind === 'ok' && loaded.cache.key === key ? loaded.cache.typeConfig : undefined;
  let typeConfigToStore: TypeConfigSnapshot | undefined = isTypeConfigSnapshot(storedTypeConfig) ? storedTypeConfig : undefined;
  const typeConfigDigest = (): string => {
    if (strategy !== 'metadata') return hashTypeConfig(options.allFiles, options.stopAt, findConfigBound);
    const runFiles = hashPaths(options.allFiles);
    if (typeConfigToStore && typeConfigToStore.runFiles === runFiles && probesUnchanged(typeConfigToStore.probes, probed)) return typeConfigToStore.digest;
    // Looked up afresh (the shared folder listings forgotten), under the recorder.
    clearDirEntries();
    const { value: digest, probes } = recordReads(() => hashTypeConfig(options.allFiles, options.stopAt, createConfigBoundFinder()));
    typeConfigToStore = { runFiles, probes, digest };
    changed = true;
    return digest;
  };
  let typedHits = 0;
  const stored = loaded.kind === 'ok' && loaded.cache.key === key ? loaded.cache.typeInfo : undefined;
  let typeInfoToStore: { typeInputs: string; typeInfo: TypeInfo } | undefined;
  const strategy = options.strategy ?? 'metadata';
  /** Whether the file to save differs from the one loaded (every file a hit, nothing new: no write). */
  let changed = loaded.kind !== 'ok' || loaded.cache.key !== key || options.runTarget?.fresh === true;

  const settingsKeyOf = createSettingsKeyer(preparedJob, findConfigBound, prettierFormats, settingsKeys);
  /**
   * The settings snapshot: what the settings lookups read, and the run it was taken on (the
   * sorted paths of its files, hashed). While nothing it read changed and the run has the same
   * files, every entry of those files holds its settings as that run computed or checked them:
   * `partition` compares nothing. Not used with `--cache-strategy content` (it trusts
   * modification times) nor `--exec-config` (a JavaScript config reads what is not recorded).
   */
  const snapshotUsable = strategy === 'metadata' && !options.job.prettier.execConfig;
  const storedSnapshot = loaded.kind === 'ok' && loaded.cache.key === key ? loaded.cache.settings : undefined;
  let settingsTrusted = false;
  let snapshotToStore: SettingsSnapshot | undefined;
  const settingsSnapshot = (tasks: readonly FileTask[]): void => {
    if (!snapshotUsable) return;
    const runFilesKey = hashPaths(tasks);
    if (isSettingsSnapshot(storedSnapshot) && storedSnapshot.runFiles === runFilesKey && probesUnchanged(storedSnapshot.probes, probed)) {
      settingsTrusted = true;
      snapshotToStore = storedSnapshot;
      return;
    }
    // Computed afresh (the lookups' per-run memos cleared), under the recorder: the keys serve
    // this run too, so a run that takes a snapshot looks the settings up once, as before.
    clearWorkspaceCache();
    const fresh = createSettingsKeyer(() => prepareJob(options.job), createConfigBoundFinder(), prettierFormats, settingsKeys);
    const { probes } = recordReads(() => {
      for (const task of tasks) fresh(task);
    });
    snapshotToStore = { runFiles: runFilesKey, probes };
    changed = true;
  };
  /** The entry's settings are current: trusted from the snapshot, else compared. */
  const hasCurrentSettings = (task: FileTask, entry: CacheEntry): boolean => settingsTrusted || entry.settings === settingsKeyOf(task);

  /**
   * A module's hash as the project queries compute it, once per run: a file of the run has the
   * hash `partition` took (or trusted, by its size and modification time), the others are read.
   */
  const moduleHashes = new Map<string, string | null>();
  const moduleHash = (file: string): string | null => {
    let hash = moduleHashes.get(file);
    if (hash === undefined) {
      const known = hashes.get(file);
      const size = sizes.get(file);
      if (known !== undefined && size !== undefined) {
        hash = size <= MAX_MODULE_SIZE ? known : null;
      } else {
        try {
          hash = fs.statSync(file).size <= MAX_MODULE_SIZE ? hashModuleFile(fs.readFileSync(file)) : null;
        } catch {
          hash = null;
        }
      }
      moduleHashes.set(file, hash);
    }
    return hash;
  };
  /** A folder's test files as `getModuleTests` lists them (module-tests.ts), listed afresh once per run. */
  const testFolders = new Map<string, string | null>();
  const testFolderNames = (dir: string): string | null => {
    if (!testFolders.has(dir)) testFolders.set(dir, testFolderKey(dir, listFolder));
    return testFolders.get(dir)!;
  };
  /** A specifier resolves alike from every file of one folder: once per folder and specifier in a run. */
  const resolvedIn = new Map<string, string | null>();
  const resolveOnce = (fromDir: string, specifier: string): string | null => {
    const key = `${fromDir}\0${specifier}`;
    let target = resolvedIn.get(key);
    if (target === undefined) resolvedIn.set(key, (target = resolveProjectSpecifierFrom(fromDir, specifier)));
    return target;
  };
  /** The facts the entries' answers rest on, each checked once per run (many entries share them). */
  const factHolds = new Map<Fact, boolean>();
  const holds = (fact: Fact): boolean => {
    let result = factHolds.get(fact);
    if (result === undefined) {
      if ('specifier' in fact) result = resolveOnce(fact.dir, fact.specifier) === fact.target;
      else if ('names' in fact) result = testFolderNames(fact.dir) === fact.names;
      else result = moduleHash(fact.file) === fact.hash;
      factHolds.set(fact, result);
    }
    return result;
  };
  /**
   * The answers about other files are the same: every specifier resolves to the same module and
   * every module read has the same bytes (so `isPromiseFunctionExport` would answer the same
   * without parsing them again), every folder `getModuleTests` looked in holds the same test
   * files; the package kind is asked again (one package.json per folder).
   */
  /** The folder of the nearest package.json above `dir` (as project-modules.ts finds it), once per folder. */
  const packageDirs = new Map<string, string | null>();
  const packageDirOf = (dir: string): string | null => {
    let found = packageDirs.get(dir);
    if (found === undefined) {
      const parent = path.dirname(dir);
      found = fs.existsSync(path.join(dir, 'package.json')) ? dir : parent === dir ? null : packageDirOf(parent);
      packageDirs.set(dir, found);
    }
    return found;
  };
  /**
   * The package's rejection handler (`getRejectionHandler`): the stored answer while the digest
   * of everything its walk looks at is the same (the folders as listed, the bytes of each source
   * file, by the hashes known as above: a file of the run is not read again), else walked again
   * here and kept with a new digest. Once per package and run.
   */
  const storedHandlers = loaded.kind === 'ok' && loaded.cache.key === key && isPlainRecord(loaded.cache.handlers) ? loaded.cache.handlers : {};
  const nextHandlers: Record<string, HandlerSnapshot> = {};
  const handlerAnswers = new Map<string, RejectionHandlerSite[]>();
  const currentHandler = (file: string, environment: CodeEnvironment | null): { file: string; line: number } | null => {
    const packageDir = packageDirOf(path.dirname(file));
    if (packageDir === null) return null;
    let sites = handlerAnswers.get(packageDir);
    if (sites !== undefined) return handlerFor(sites, environment);
    const stored = Object.hasOwn(storedHandlers, packageDir) ? storedHandlers[packageDir] : undefined;
    if (isHandlerSnapshot(stored) && digestHandlerInputs(packageDir, moduleHash) === stored.digest) {
      sites = stored.sites;
      nextHandlers[packageDir] = stored;
    } else {
      const trace: HandlerWalkTrace = { folders: [], read: new Map() };
      sites = findRejectionHandlers(packageDir, trace);
      // The bytes the walk read, so that the digest is of what the answer came from.
      const digest = digestHandlerInputs(packageDir, (module) => trace.read.get(module) ?? moduleHash(module), trace.folders);
      if (digest !== null) nextHandlers[packageDir] = { sites, digest };
      changed = true;
    }
    handlerAnswers.set(packageDir, sites);
    return handlerFor(sites, environment);
  };
  const stillAnswers = (task: FileTask, answers: EntryAnswers | null): boolean => {
    if (answers === null) return true;
    if (!answers.resolved.every(holds) || !answers.read.every(holds) || !answers.listed.every(holds)) return false;
    if (answers.packageKind !== undefined && preparedJob().projectFor(task.absolutePath).getPackageKind() !== answers.packageKind) return false;
    return answers.rejectionHandler === undefined || JSON.stringify(currentHandler(task.absolutePath, answers.rejectionEnvironment ?? null)) === JSON.stringify(answers.rejectionHandler);
  };

  const previousPlans = loaded.kind === 'ok' && loaded.cache.key === key && isPlainRecord(loaded.cache.plans) ? loaded.cache.plans : {};
  const nextPlans: Record<string, PlanEntry> = { ...previousPlans };
  /** The hash of a file of the run (as `partition` knew it), else of its bytes now. */
  const hashOf = (file: string): string => hashes.get(file) ?? hashFile(file);
  const hashRunFiles = (files: readonly string[]): string => sha1([...files].sort().map((file) => `${file}\n${hashOf(file)}\n`).join(''));
  const isPlanCurrent = (plan: PlanEntry, allRunFiles: () => string[]): boolean =>
    hashRunFiles(plan.runFiles === 'all' ? allRunFiles() : plan.runFiles) === plan.runFilesHash &&
    Object.entries(plan.otherFiles).every(([file, hash]) => hashFile(file) === hash) &&
    plan.exists.every(([file, exists]) => fs.existsSync(file) === exists) &&
    plan.resolved.every(([from, specifier, target]) => resolveOnce(path.dirname(from), specifier) === target) &&
    (plan.settings ?? []).every(([file, settings]) => JSON.stringify(preparedJob().settingsFor(file)) === settings) &&
    (plan.typeInputs === undefined || plan.typeInputs === currentTypeInputs());
  const plans: PlanStore = {
    recall(ruleId, inputKey, allRunFiles) {
      const plan = Object.hasOwn(previousPlans, ruleId) ? previousPlans[ruleId] : undefined;
      if (!isPlanEntry(plan) || plan.inputKey !== inputKey || !isPlanCurrent(plan, allRunFiles)) return null;
      return JSON.parse(JSON.stringify(plan.findings)) as Finding[];
    },
    keep(ruleId, inputKey, reads, findings, allRunFiles) {
      nextPlans[ruleId] = toPlanEntry(inputKey, reads, findings, allRunFiles().length, hashRunFiles, currentTypeInputs);
      changed = true;
    },
  };

  return {
    notes,
    plans,
    partition(tasks) {
      const hits: FileOutcome[] = [];
      const misses: FileTask[] = [];
      const typedHitTasks: FileTask[] = [];
      const read = new Map<FileTask, Buffer>();
      // The snapshot covers the files partitioned (a shard's own: the other shards' entries are not checked here).
      if (tasks.length > 0) settingsSnapshot(tasks);
      for (const task of tasks) {
        const entry = previous.get(task.absolutePath);
        // `metadata`: the same size and modification time as when the entry's hash was taken.
        if (strategy === 'metadata' && entry && entry.size === task.size && entry.mtimeMs === task.mtimeMs) {
          hashes.set(task.absolutePath, entry.hash);
          sizes.set(task.absolutePath, task.size);
          continue;
        }
        try {
          const bytes = fs.readFileSync(task.absolutePath);
          read.set(task, bytes);
          hashes.set(task.absolutePath, sha1(bytes));
          sizes.set(task.absolutePath, bytes.length);
        } catch {
          // a miss: processing the file reports why it cannot be read
        }
      }
      for (const task of tasks) {
        const hash = hashes.get(task.absolutePath);
        if (hash === undefined) {
          misses.push(task);
          continue;
        }
        const entry = previous.get(task.absolutePath);
        const usable =
          entry !== undefined &&
          entry.hash === hash &&
          hasCurrentSettings(task, entry) &&
          (!entry.usedTypes || entry.typeInputs === currentTypeInputs()) &&
          stillAnswers(task, entry.answers);
        if (!usable) {
          misses.push(task);
          continue;
        }
        // The text is read only when the outcome needs it (findings, collected data, a fix).
        const text = (): string | null => {
          let bytes = read.get(task);
          if (!bytes) {
            try {
              bytes = fs.readFileSync(task.absolutePath);
            } catch {
              return null;
            }
            if (sha1(bytes) !== hash) return null;
          }
          return bytes.toString('utf8').replace(/^\uFEFF/, '');
        };
        const outcome = toOutcome(task, entry, text);
        if (!outcome) {
          misses.push(task);
          continue;
        }
        next.set(task.absolutePath, entry.size === task.size && entry.mtimeMs === task.mtimeMs ? entry : { ...entry, size: task.size, mtimeMs: task.mtimeMs });
        if (next.get(task.absolutePath) !== entry) changed = true;
        if (entry.usedTypes) typedHits++;
        hits.push(outcome);
        if (entry.typed) typedHitTasks.push(task);
      }
      return { hits, misses, typedHits: typedHitTasks };
    },
    remember(outcomes) {
      for (const outcome of outcomes) {
        const { task } = outcome;
        const hash = hashes.get(task.absolutePath);
        if (hash === undefined || !isCacheable(outcome)) {
          next.delete(task.absolutePath);
          continue;
        }
        const settings = settingsKeyOf(task);
        if (outcome.output !== undefined && prettierFormats.has(task.absolutePath)) {
          next.delete(task.absolutePath);
          continue;
        }
        changed = true;
        const { dependsOn } = outcome;
        // Plain copies: the project phase and the write go on to change the outcome's findings.
        const entry: CacheEntry = {
          hash,
          size: task.size,
          mtimeMs: task.mtimeMs,
          settings,
          status: outcome.status as CacheEntry['status'],
          findings: plainCopy(outcome.findings.map((finding) => ({ ...finding, file: '' }))),
          eol: outcome.eol,
          hasBom: outcome.hasBom,
          parsed: outcome.parsed,
          notes: [...outcome.notes],
          answers: dependsOn ? toEntryAnswers(dependsOn) : null,
          usedTypes: dependsOn?.usedTypes === true,
          typed: dependsOn?.typed === true,
        };
        if (outcome.skipReason) entry.skipReason = outcome.skipReason;
        if (outcome.collected) entry.collected = plainCopy(outcome.collected);
        if (outcome.output !== undefined) entry.output = outcome.output;
        if (outcome.formattingLeftTo) entry.formattingLeftTo = { ...outcome.formattingLeftTo };
        if (entry.usedTypes) entry.typeInputs = currentTypeInputs();
        next.set(task.absolutePath, entry);
      }
    },
    reportedTypeInfo(current) {
      // The type layer saw only the files that missed: when files that used types came from the
      // cache, report what the run that computed them saw, on the same type inputs.
      const reported = typedHits > 0 && stored && stored.typeInputs === currentTypeInputs() ? stored.typeInfo : current;
      if (reported && (typedHits > 0 || current)) typeInfoToStore = { typeInputs: currentTypeInputs(), typeInfo: reported };
      return reported;
    },
    save() {
      if (loaded.kind === 'foreign') return null;
      // Nothing new: every file of the run came from the cache as it was stored.
      // (An entry of a file this run read but could not cache, such as a file with errors, is dropped.)
      const dropped = [...hashes.keys()].some((file) => previous.has(file) && !next.has(file));
      if (!changed && !dropped && isDeepStrictEqual(typeInfoToStore, stored)) return null;
      const settingsToStore = snapshotToStore;
      // Keep what another run (other paths, another shard) stored meanwhile, for files this one did not see.
      const current = loadCacheFile(options.file, options.toolVersion);
      const entries = new Map<string, CacheEntry>();
      if (current.kind === 'ok' && current.cache.key === key) {
        for (const file of current.entries.files()) {
          const entry = hashes.has(file) ? undefined : current.entries.get(file);
          if (entry) entries.set(file, entry);
        }
      } else if (current.kind === 'foreign') {
        return null;
      }
      for (const [file, entry] of next) entries.set(file, entry);
      // The handler answers the new entries rest on, with their digests (a walk per package not yet checked).
      for (const [file, entry] of next) if (entry.answers?.rejectionHandler !== undefined) currentHandler(file, null);
      const handlers: Record<string, HandlerSnapshot> = {};
      for (const [dir, snapshot] of Object.entries(storedHandlers)) if (!handlerAnswers.has(dir) && isHandlerSnapshot(snapshot)) handlers[dir] = snapshot;
      Object.assign(handlers, nextHandlers);
      const document: CacheFile = { format: FORMAT, formatVersion: FORMAT_VERSION, tool: options.toolVersion, key, ...encodeEntries(entries), ...(typeInfoToStore ? { typeInfo: typeInfoToStore } : {}), plans: nextPlans, ...(settingsToStore ? { settings: settingsToStore } : {}), ...(typeConfigToStore ? { typeConfig: typeConfigToStore } : {}), ...(options.runTarget ? { target: options.runTarget.snapshot } : {}), ...(Object.keys(handlers).length > 0 ? { handlers } : {}) };
      const text = JSON.stringify(document);
      const temp = `${options.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        fs.mkdirSync(path.dirname(options.file), { recursive: true });
        fs.writeFileSync(temp, text);
        fs.renameSync(temp, options.file);
        return null;
      } catch (error) {
        fs.rmSync(temp, { force: true });
        return `cache ${options.file} could not be written: ${(error as Error).message}`;
      }
    },
  };
}

/**
 * A file's settings key. Its settings are its folder's (runtime target, formatter and prettier
 * configs are looked up by folder) plus the `.editorconfig` width its name selects: the key is
 * computed once per folder and width, not once per file. `keys` is the memo by file;
 * `prettierFormats` gets the files a prettier config may format.
 */
function createSettingsKeyer(preparedJob: () => PreparedJob, findConfigBound: (dir: string, runBound: string) => string, prettierFormats: Set<string>, keys: Map<string, string>): (task: FileTask) => string {
  let prepared: PreparedJob | null = null;
  const folderSettings = new Map<string, { stopAt: string; prettierConfig: string | null; keys: Map<string, string> }>();
  return (task) => {
    let settings = keys.get(task.absolutePath);
    if (settings === undefined) {
      const job = (prepared ??= preparedJob());
      const dir = path.dirname(task.absolutePath);
      let folder = folderSettings.get(dir);
      if (!folder) {
        const stopAt = findConfigBound(dir, job.job.prettier.stopAt);
        const prettierConfig = job.job.prettier.enabled ? (findPrettierConfig(task.absolutePath, stopAt)?.file ?? null) : null;
        folderSettings.set(dir, (folder = { stopAt, prettierConfig, keys: new Map() }));
      }
      if (folder.prettierConfig !== null) prettierFormats.add(task.absolutePath);
      const width = JSON.stringify(findEditorconfigWidth(task.absolutePath, folder.stopAt));
      settings = folder.keys.get(width);
      if (settings === undefined) {
        const formatting = resolveProjectFormatting(task.absolutePath, folder.stopAt, { prettier: job.job.prettier.enabled, execConfig: job.job.prettier.execConfig });
        settings = sha1(JSON.stringify({ settings: job.settingsFor(task.absolutePath), formatting, lint: findLintStyle(task.absolutePath, folder.stopAt), prettierConfig: folder.prettierConfig }));
        folder.keys.set(width, settings);
      }
      keys.set(task.absolutePath, settings);
    }
    return settings;
  };
}

interface SettingsSnapshot {
  /** The sorted paths of the run's files, hashed. */
  runFiles: string;
  probes: Probe[];
}

function isSettingsSnapshot(value: unknown): value is SettingsSnapshot {
  return isPlainRecord(value) && typeof value.runFiles === 'string' && isProbeList(value.probes);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlanEntry(value: unknown): value is PlanEntry {
  const plan = value as PlanEntry;
  return (
    isPlainRecord(plan) &&
    typeof plan.inputKey === 'string' && typeof plan.runFilesHash === 'string' &&
    (plan.runFiles === 'all' || (Array.isArray(plan.runFiles) && plan.runFiles.every((file) => typeof file === 'string'))) &&
    isPlainRecord(plan.otherFiles) && Object.values(plan.otherFiles).every((hash) => typeof hash === 'string') &&
    Array.isArray(plan.exists) && plan.exists.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'boolean') &&
    Array.isArray(plan.resolved) && plan.resolved.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string' && (typeof entry[2] === 'string' || entry[2] === null)) &&
    (plan.settings === undefined || (Array.isArray(plan.settings) && plan.settings.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string'))) &&
    (plan.typeInputs === undefined || typeof plan.typeInputs === 'string') &&
    Array.isArray(plan.findings)
  );
}

/** A plan's record: what it read, as hashes, and its findings (a plain copy). */
function toPlanEntry(inputKey: string, reads: PlanReads, findings: readonly Finding[], runFileCount: number, hashRunFiles: (files: readonly string[]) => string, typeInputs: () => string): PlanEntry {
  const runFiles = [...reads.runFiles].sort();
  const entry: PlanEntry = {
    inputKey,
    runFiles: runFiles.length === runFileCount ? 'all' : runFiles,
    runFilesHash: hashRunFiles(runFiles),
    otherFiles: Object.fromEntries([...reads.otherFiles].sort().map((file) => [file, hashFile(file)])),
    exists: [...reads.exists],
    resolved: [...reads.resolved.values()],
    findings: JSON.parse(JSON.stringify(findings)) as Finding[],
  };
  if (reads.settings.size > 0) entry.settings = [...reads.settings].sort(([a], [b]) => (a < b ? -1 : 1));
  if (reads.usedTypes) entry.typeInputs = typeInputs();
  return entry;
}

const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Outcomes whose findings depend only on what an entry records. */
function isCacheable(outcome: FileOutcome): boolean {
  return (
    (outcome.status === 'unchanged' || outcome.status === 'skipped' || (outcome.status === 'changed' && outcome.output !== undefined)) &&
    outcome.errors.length === 0 &&
    // What a project rule collected is kept only when it is plain data (it is read back from JSON).
    (outcome.collected === undefined || isDeepStrictEqual(JSON.parse(JSON.stringify(outcome.collected)), outcome.collected)) &&
    // Processed to the end (a skipped generated file stops before the rules).
    (outcome.dependsOn !== undefined || outcome.status === 'skipped')
  );
}

/** The outcome an entry stands for; `null` when it needs the file's text and that cannot be read as hashed. */
function toOutcome(task: FileTask, entry: CacheEntry, text: () => string | null): FileOutcome | null {
  // Copies: the project phase and the write change an outcome's findings, and the entry may be saved again.
  const findings = entry.findings.length === 0 ? [] : plainCopy(entry.findings).map((finding) => ({ ...finding, file: task.displayPath }));
  const outcome: FileOutcome = {
    task,
    status: entry.status,
    findings,
    errors: [],
    eol: entry.eol,
    hasBom: entry.hasBom,
    parsed: entry.parsed,
    notes: [...entry.notes],
    timings: { read: 0, prefilter: 0, parse: 0, rules: 0, fix: 0, prettier: 0 },
  };
  if (entry.skipReason) outcome.skipReason = entry.skipReason;
  if (entry.collected) outcome.collected = plainCopy(entry.collected);
  if (entry.output !== undefined) outcome.output = entry.output;
  if (entry.formattingLeftTo) outcome.formattingLeftTo = { ...entry.formattingLeftTo };
  if (findings.length > 0 || outcome.collected || outcome.output !== undefined) {
    const source = text();
    if (source === null) return null;
    outcome.source = source;
  }
  return outcome;
}

/**
 * What the type checker's answers may depend on, hashed: TypeScript's version, the project
 * configuration (`typeConfig`, below), and every file of the run. Conservative: any change to
 * any of them counts.
 */
function hashTypeInputs(files: readonly FileTask[], configDigest: string, hashOf: (absolutePath: string) => string): string {
  let typescriptVersion = 'none';
  try {
    typescriptVersion = (require('typescript/package.json') as { version: string }).version;
  } catch {
    // no TypeScript: no program either
  }
  // One update of the whole text (the same digest as one per file, in a fraction of the time).
  let text = `typescript ${typescriptVersion}\n${configDigest}\n`;
  for (const file of files.map((task) => task.absolutePath).sort()) text += `${file}\n${hashOf(file)}\n`;
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The type inputs' project configuration, hashed: every tsconfig/jsconfig in the folders of the
 * run's files and above them (up to each file's config bound, from `stopAt`), and the lockfile
 * there.
 */
function hashTypeConfig(files: readonly FileTask[], stopAt: string, findConfigBound: (dir: string, runBound: string) => string): string {
  const hash = createHash('sha1');
  const folders = new Set<string>();
  for (const file of files) {
    const bound = findConfigBound(path.dirname(file.absolutePath), stopAt);
    for (let dir = path.dirname(file.absolutePath); !folders.has(dir); dir = path.dirname(dir)) {
      folders.add(dir);
      if (dir === bound || path.dirname(dir) === dir || !isPathInside(dir, bound)) break;
    }
  }
  for (const dir of [...folders].sort()) {
    // The listing the config lookups share (one readdir per folder and run).
    const listed = listDirEntries(dir);
    if (listed === null) continue;
    const names = [...listed].filter((name) => /^(?:[tj]sconfig.*\.json|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/.test(name));
    for (const name of names.sort()) hash.update(`${path.join(dir, name)}\n${hashFile(path.join(dir, name))}\n`);
  }
  return hash.digest('hex');
}

/** `hashTypeConfig`'s result with what it read (settings-reads.ts), for the run's files. */
interface TypeConfigSnapshot {
  runFiles: string;
  probes: Probe[];
  digest: string;
}

function isTypeConfigSnapshot(value: unknown): value is TypeConfigSnapshot {
  return isPlainRecord(value) && typeof value.runFiles === 'string' && typeof value.digest === 'string' && isProbeList(value.probes);
}

function hashFile(file: string): string {
  try {
    return sha1(fs.readFileSync(file));
  } catch {
    return 'unreadable';
  }
}
