/**
 * Finds the files to scan from paths and globs.
 *
 * - Inside a git work tree a directory is listed with `git ls-files` (tracked plus untracked,
 *   every `.gitignore` level with negation honoured); outside git it is walked with
 *   tinyglobby and filtered with the `ignore` package against each `.gitignore` on the way.
 * - `node_modules`, build output folders, `*.min.js`, `*.d.ts` and type tests (`*.test-d.ts`) are skipped by default; a
 *   `node_modules` folder a `.gitignore` re-includes by name (`!packages/node_modules/`) is the
 *   project's own source and is scanned (node-modules-negation.ts).
 * - Symbolic links met while walking are never followed; an explicitly named link is used
 *   only when it resolves inside the working directory.
 */
import { isPathInside } from './path-inside';
import fs from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import type { SkippedFile } from '../core/finding';
import { filterIgnoredByGit, filterIgnoredByPatterns, findRepositoryRoot, listRepositoryFiles, listUntrackedFiles } from './git';
import { isReincluded, mayReinclude, negationsAbove, parseNodeModulesNegations, type NodeModulesNegation } from './node-modules-negation';
import { getLanguage, SUPPORTED_EXTENSIONS } from '../core/language';

// Loaded on first use: a run inside a git work tree with no --ignore patterns needs neither,
// and start-up time is part of every run.
const loadIgnore = (): typeof import('ignore') => require('ignore') as typeof import('ignore');
const loadTinyglobby = (): typeof import('tinyglobby') => require('tinyglobby') as typeof import('tinyglobby');

/** Folder names skipped at any depth unless `defaultIgnores` is off. */
export const DEFAULT_IGNORED_DIRECTORIES: readonly string[] = [
  'node_modules',
  '.git',
  'bower_components',
  'jspm_packages',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.angular',
  '.turbo',
  '.vercel',
  '.netlify',
  '.cache',
  '.parcel-cache',
  '.yarn',
  'storybook-static',
];

/**
 * Folder names that hold third-party code checked into the project: their files are listed as
 * skipped (a fix there is lost at the next vendor update) unless `defaultIgnores` is off or
 * the file is named explicitly.
 */
export const VENDORED_DIRECTORIES: readonly string[] = ['vendor', 'vendors', 'third_party', 'third-party'];

export interface DiscoverOptions {
  cwd: string;
  /** Files, directories or globs, relative to `cwd`. */
  paths: readonly string[];
  /** Extra gitignore-style patterns, relative to `cwd`. */
  ignorePatterns?: readonly string[];
  defaultIgnores?: boolean;
  /** Listings `startListings` started for these paths (else each folder is listed now). */
  listings?: Listings;
}

/** `git ls-files` of folders, by absolute path, started ahead of `discoverFiles`. */
export type Listings = ReadonlyMap<string, Promise<string[] | null>>;

/**
 * Starts listing the folders among `paths` with git, the slow part of discovery: a run starts
 * it first thing and has the rest ready (config, rules, the cache file) by the time git answers.
 */
export function startListings(cwd: string, paths: readonly string[]): Listings {
  const listings = new Map<string, Promise<string[] | null>>();
  for (const input of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, input);
    if (listings.has(absolute)) continue;
    try {
      if (!fs.statSync(absolute).isDirectory()) continue;
    } catch {
      continue;
    }
    const listing = listRepositoryFiles(absolute);
    listing.catch(() => undefined);
    listings.set(absolute, listing);
  }
  return listings;
}

export interface DiscoveredFile {
  absolutePath: string;
  /** Relative to `cwd`, `/`-separated (absolute when outside `cwd`). */
  displayPath: string;
  size: number;
  mtimeMs: number;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Arguments that matched nothing on disk. */
  missing: string[];
}

export function toDisplayPath(cwd: string, absolutePath: string): string {
  const relative = relativeInside(cwd, absolutePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolutePath.split(path.sep).join('/');
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/**
 * `path.relative(base, absolutePath)` for normalized absolute paths, with a fast path for the
 * common case of a file below `base` (a string slice instead of two `path.resolve` calls):
 * discovery asks it for every listed file (on the 4,092-file corpus `path` operations were
 * about 50 ms of a 0.45 s `--cache` second run).
 */
function relativeInside(base: string, absolutePath: string): string {
  if (absolutePath.length > base.length + 1 && absolutePath.startsWith(base) && absolutePath[base.length] === path.sep && !base.endsWith(path.sep)) return absolutePath.slice(base.length + 1);
  return path.relative(base, absolutePath);
}

/**
 * `toDisplayPath` for the normalized absolute paths discovery builds: on POSIX a file outside
 * `cwd` is shown absolute without computing its `../..` path, a file below it is a slice.
 */
function displayPathOf(cwd: string, absolutePath: string): string {
  if (path.sep === '/' && !cwd.endsWith('/') && absolutePath !== cwd) {
    if (!absolutePath.startsWith(cwd) || absolutePath[cwd.length] !== '/') return absolutePath;
    const relative = absolutePath.slice(cwd.length + 1);
    if (!relative.startsWith('..')) return relative;
  }
  return toDisplayPath(cwd, absolutePath);
}

/** `path.resolve(dir, relative)` for an absolute, normalized `dir` and a path git listed under it (no `.`/`..` segments). */
function joinListed(dir: string, relative: string): string {
  if (path.sep === '/' && !dir.endsWith('/') && !/(?:^|\/)\.{1,2}(?:\/|$)|^\/|\/\//.test(relative)) return `${dir}/${relative}`;
  return path.resolve(dir, relative);
}

function realpathOrNull(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

interface Candidate {
  absolutePath: string;
  /** Directory the candidate was found from; a symlink must not lead out of it. */
  root: string;
  /** The folder the user named (or `cwd` for a glob): vendored folders count from here. */
  base: string;
  explicit: boolean;
  /** Already known to be a source file (a folder's listing keeps only those). */
  source?: boolean;
}

export async function discoverFiles(options: DiscoverOptions): Promise<DiscoverResult> {
  const cwd = path.resolve(options.cwd);
  const useDefaultIgnores = options.defaultIgnores !== false;
  const ignorePatterns = options.ignorePatterns ?? [];
  // No patterns ignore nothing: skip building and asking a matcher for every file.
  const userIgnore = ignorePatterns.length > 0 ? loadIgnore()().add([...ignorePatterns]) : null;
  const candidates: Candidate[] = [];
  const missing: string[] = [];
  const globbed: string[] = [];

  for (const input of options.paths.length > 0 ? options.paths : ['.']) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const root = realpathOrNull(absolute) ?? absolute;
      for (const file of await listDirectory(absolute, useDefaultIgnores, options.listings?.get(absolute))) candidates.push({ absolutePath: file, root, base: absolute, explicit: false, source: true });
    } else if (stat?.isFile() || isBrokenLink(absolute)) {
      candidates.push({ absolutePath: absolute, root: realpathOrNull(cwd) ?? cwd, base: cwd, explicit: true });
    } else if (loadTinyglobby().isDynamicPattern(input)) {
      const matches = await loadTinyglobby().glob(input, {
        cwd,
        absolute: true,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
        ignore: useDefaultIgnores ? DEFAULT_IGNORED_DIRECTORIES.map((d) => `**/${d}/**`) : [],
      });
      if (matches.length === 0) missing.push(input);
      for (const match of matches) {
        const file = path.resolve(match);
        globbed.push(file);
        candidates.push({ absolutePath: file, root: realpathOrNull(cwd) ?? cwd, base: cwd, explicit: false });
      }
    } else {
      missing.push(input);
    }
  }

  const ignoredByGit = await findGitIgnored(globbed);
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const { absolutePath } = candidate;
    if (seen.has(absolutePath)) continue;
    seen.add(absolutePath);
    const displayPath = displayPathOf(cwd, absolutePath);
    if (!candidate.source && !getLanguage(absolutePath)) {
      if (candidate.explicit) skipped.push({ file: displayPath, reason: 'not a JavaScript or TypeScript source file' });
      continue;
    }
    if (ignoredByGit.has(absolutePath)) continue;
    if (userIgnore && !candidate.explicit && isPathInside(absolutePath, cwd)) {
      const relativeToCwd = path.relative(cwd, absolutePath);
      if (relativeToCwd !== '' && userIgnore.ignores(relativeToCwd.split(path.sep).join('/'))) continue;
    }
    if (useDefaultIgnores && !candidate.explicit && isInVendoredFolder(relativeInside(candidate.base, absolutePath))) {
      skipped.push({ file: displayPath, reason: 'vendored third-party code (a vendor/ or third_party/ folder)' });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(absolutePath);
    } catch {
      continue; // listed by git but deleted from the work tree
    }
    if (stat.isSymbolicLink()) {
      const target = realpathOrNull(absolutePath);
      if (!candidate.explicit || !target || !isPathInside(target, candidate.root)) {
        skipped.push({
          file: displayPath,
          reason: target && isPathInside(target, candidate.root) ? 'symbolic link (not followed)' : 'symbolic link that leads out of the target root (not followed)',
        });
        continue;
      }
      const targetStat = fs.statSync(target);
      if (!targetStat.isFile()) continue;
      files.push({ absolutePath, displayPath, size: targetStat.size, mtimeMs: targetStat.mtimeMs });
      continue;
    }
    if (!stat.isFile()) continue;
    files.push({ absolutePath, displayPath, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  files.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files, skipped, missing };
}

function isBrokenLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A folder segment (not the last one) with one of `names`, as one regular expression: asked for every listed file. */
const folderNamed = (names: readonly string[], flags: string): RegExp =>
  new RegExp(`(?:^|[\\\\/])(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\\\/]`, flags);
const VENDORED_FOLDER = folderNamed(VENDORED_DIRECTORIES, 'i');
const IGNORED_FOLDER = folderNamed(DEFAULT_IGNORED_DIRECTORIES, '');
const IGNORED_FOLDER_BESIDES_NODE_MODULES = folderNamed(DEFAULT_IGNORED_DIRECTORIES.filter((name) => name !== 'node_modules'), '');
const NODE_MODULES_FOLDER = /(?:^|\/)node_modules\//;

/** Skipped by default for a `node_modules` folder alone: a `.gitignore` negation may take it back. */
function onlyBelowNodeModules(relativePath: string): boolean {
  return NODE_MODULES_FOLDER.test(relativePath) && !IGNORED_FOLDER_BESIDES_NODE_MODULES.test(relativePath);
}

function isInVendoredFolder(relativePath: string): boolean {
  if (relativePath.startsWith('..') || path.isAbsolute(relativePath)) return false;
  // Asked for every listed file: the case-insensitive pattern only where one of the names can be.
  const lower = relativePath.toLowerCase();
  return (lower.includes('vendor') || lower.includes('third')) && VENDORED_FOLDER.test(relativePath);
}

function hasIgnoredSegment(relativePath: string): boolean {
  return IGNORED_FOLDER.test(relativePath);
}

/** Absolute paths of the source files under `dir`; `started`: its `git ls-files`, when already running. */
async function listDirectory(dir: string, useDefaultIgnores: boolean, started?: Promise<string[] | null>): Promise<string[]> {
  // `git ls-files` fails outside a work tree, which answers "is this a repository" without a
  // separate `git rev-parse` (one process start less on every run).
  const listed = await (started ?? listRepositoryFiles(dir));
  if (listed) {
    const files: string[] = [];
    // Listed files skipped for a node_modules folder alone: tracked ones (node-red's committed
    // packages/node_modules, a GitHub Action's committed dependencies); none in most repositories.
    let belowNodeModules: string[] | null = null;
    for (const relative of listed) {
      if (useDefaultIgnores && hasIgnoredSegment(relative)) {
        if (onlyBelowNodeModules(relative)) (belowNodeModules ??= []).push(relative);
        continue;
      }
      if (getLanguage(relative) !== undefined) files.push(joinListed(dir, relative));
    }
    if (belowNodeModules) for (const relative of await reincludedInRepository(dir, listed, belowNodeModules)) files.push(joinListed(dir, relative));
    return files;
  }
  return walkWithoutGit(dir, useDefaultIgnores);
}

/**
 * Of the listed files below a `node_modules` folder (`candidates`, relative to `dir`), the source
 * files a `.gitignore` negation re-includes and the ignore rules as a whole do not ignore, plus
 * the untracked ones of those folders (the listing leaves out every node_modules folder).
 */
async function reincludedInRepository(dir: string, listed: readonly string[], candidates: readonly string[]): Promise<string[]> {
  const { root, negations } = negationsAbove(dir);
  const below = path.relative(root, dir).split(path.sep).join('/');
  const prefix = below === '' ? '' : `${below}/`;
  for (const entry of listed) {
    if (!entry.endsWith('/.gitignore')) continue;
    try {
      negations.push(...parseNodeModulesNegations(fs.readFileSync(joinListed(dir, entry), 'utf8'), prefix + path.posix.dirname(entry)));
    } catch {
      // an unreadable .gitignore re-includes nothing
    }
  }
  if (negations.length === 0) return [];
  // Only the node_modules folders below the folder named: one above it was named explicitly.
  const from = below === '' ? 0 : below.split('/').length;
  const reincluded = (relative: string): boolean => getLanguage(relative) !== undefined && isReincluded(prefix + relative, negations, from);
  const tracked = candidates.filter(reincluded);
  const [ignored, untracked] = await Promise.all([filterIgnoredByPatterns(dir, tracked), listUntrackedFiles(dir, walkStarts(negations, below))]);
  const files = new Set(tracked.filter((relative) => !ignored.has(relative)));
  for (const relative of untracked) if (onlyBelowNodeModules(relative) && reincluded(relative)) files.add(relative);
  return [...files];
}

/** The folders (relative to the folder `below` names, itself relative to the root) the negations' walks start from. */
function walkStarts(negations: readonly NodeModulesNegation[], below: string): string[] {
  const starts = new Set<string>();
  for (const { start } of negations) {
    if (below === '' || start === below) starts.add(start === below ? '.' : start);
    else if (start.startsWith(`${below}/`)) starts.add(start.slice(below.length + 1));
    else if (start === '' || below.startsWith(`${start}/`)) starts.add('.');
  }
  if (starts.has('.') || starts.has('')) return ['.'];
  return [...starts].filter((start) => ![...starts].some((other) => start.startsWith(`${other}/`)));
}

/**
 * Source files below the `node_modules` folders the negations re-include (relative to `dir`),
 * walked without git, and the `.gitignore` files met: tinyglobby's walk skips every node_modules.
 * `negations` (those of the .gitignore files tinyglobby found) grows by those of the
 * `.gitignore` files met below a node_modules folder.
 */
function walkReincluded(dir: string, negations: NodeModulesNegation[], knownGitignores: readonly string[]): { sources: string[]; gitignores: string[] } {
  const sources: string[] = [];
  const gitignores: string[] = [];
  const seenGitignores = new Set(knownGitignores.map((file) => (path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file))));
  const visited = new Set<string>();
  const visit = (relative: string): void => {
    if (visited.has(relative)) return;
    visited.add(relative);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(relative === '' ? dir : path.join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    // A .gitignore here may re-include a node_modules below it: read before the folders.
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) && !seenGitignores.has(relative)) {
      seenGitignores.add(relative);
      try {
        negations.push(...parseNodeModulesNegations(fs.readFileSync(path.join(dir, relative, '.gitignore'), 'utf8'), relative));
      } catch {
        // an unreadable .gitignore re-includes nothing
      }
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' ? mayReinclude(child, negations) : !DEFAULT_IGNORED_DIRECTORIES.includes(entry.name)) visit(child);
      } else if (entry.isFile()) {
        if (entry.name === '.gitignore') gitignores.push(child);
        else if (onlyBelowNodeModules(child) && getLanguage(child) !== undefined && isReincluded(child, negations)) sources.push(child);
      }
    }
  };
  for (const start of walkStarts(negations, '')) {
    const relative = start === '.' ? '' : start;
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(path.join(dir, relative));
    } catch {
      continue;
    }
    if (stat.isDirectory()) visit(relative);
    else if (stat.isFile() && onlyBelowNodeModules(relative) && getLanguage(relative) !== undefined && isReincluded(relative, negations)) sources.push(relative);
  }
  return { sources, gitignores };
}

async function walkWithoutGit(dir: string, useDefaultIgnores: boolean): Promise<string[]> {
  const ignoreDirs = useDefaultIgnores ? DEFAULT_IGNORED_DIRECTORIES.map((d) => `**/${d}/**`) : ['**/.git/**'];
  const extensions = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',');
  const { glob } = loadTinyglobby();
  const ignore = loadIgnore();
  const [sources, gitignores] = await Promise.all([
    glob(`**/*.{${extensions}}`, { cwd: dir, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ignoreDirs }),
    glob('**/.gitignore', { cwd: dir, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ignoreDirs }),
  ]);
  const matchers = new Map<string, Ignore>();
  const negations: NodeModulesNegation[] = [];
  const readGitignore = (file: string, withNegations: boolean): void => {
    const folder = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
    if (matchers.has(folder)) return;
    try {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      matchers.set(folder, ignore().add(text));
      if (withNegations) negations.push(...parseNodeModulesNegations(text, folder));
    } catch {
      // an unreadable .gitignore ignores nothing
    }
  };
  for (const file of gitignores) readGitignore(file, true);
  let all = sources;
  if (useDefaultIgnores && negations.length > 0) {
    const reincluded = walkReincluded(dir, negations, gitignores);
    for (const file of reincluded.gitignores) readGitignore(file, false);
    all = [...new Set([...sources, ...reincluded.sources])];
  }
  return all
    .filter((relative) => getLanguage(relative) !== undefined && !isIgnoredByGitignores(relative, matchers))
    .map((relative) => path.resolve(dir, relative));
}

/** Checks `relative` against the `.gitignore` of every folder above it, outermost first. */
function isIgnoredByGitignores(relative: string, matchers: ReadonlyMap<string, Ignore>): boolean {
  if (matchers.size === 0) return false;
  const segments = relative.split('/');
  let ignored = false;
  for (let depth = 0; depth < segments.length; depth++) {
    const folder = segments.slice(0, depth).join('/');
    const matcher = matchers.get(folder);
    if (!matcher) continue;
    const rest = segments.slice(depth).join('/');
    // A folder on the way that is ignored hides everything below it, whatever comes later.
    for (let i = 1; i < segments.length - depth; i++) {
      if (matcher.ignores(segments.slice(depth, depth + i).join('/') + '/')) return true;
    }
    const result = matcher.test(rest);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function findGitIgnored(files: readonly string[]): Promise<Set<string>> {
  if (files.length === 0) return new Set();
  const byRoot = new Map<string, string[]>();
  const rootOfDirectory = new Map<string, string | null>();
  for (const file of files) {
    const dir = path.dirname(file);
    if (!rootOfDirectory.has(dir)) rootOfDirectory.set(dir, await findRepositoryRoot(dir));
    const root = rootOfDirectory.get(dir);
    if (!root) continue;
    const list = byRoot.get(root) ?? [];
    list.push(file);
    byRoot.set(root, list);
  }
  const ignored = new Set<string>();
  for (const [root, list] of byRoot) for (const file of await filterIgnoredByGit(root, list)) ignored.add(file);
  return ignored;
}
