/**
 * The few git facts the engine needs, behind one small interface so tests can run the whole
 * pipeline on temporary directories. Every call is `git -C <dir> ...` with arguments as an
 * array (no shell).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FileChanges, LineRange } from '../core/finding';

export interface GitCommandResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export function runGit(cwd: string, args: readonly string[], input?: string): Promise<GitCommandResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      ['-C', cwd, ...args],
      { maxBuffer: 1024 * 1024 * 512, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout, stderr) => resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) }),
    );
    child.on('error', () => resolve({ ok: false, stdout: '', stderr: 'git is not available' }));
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** The top of the work tree that holds `dir`, or `null` outside git (or without git). */
export async function findRepositoryRoot(dir: string): Promise<string | null> {
  const result = await runGit(dir, ['rev-parse', '--show-toplevel']);
  if (!result.ok) return null;
  const top = result.stdout.trim();
  return top ? path.resolve(top) : null;
}

/**
 * The repository a run's report speaks of: the cwd's, unless every target lies outside it and
 * inside one other repository (`unleak ../other-project` from another checkout), whose paths
 * are then the ones `git apply`, SARIF and review comments need. Targets in several
 * repositories, or outside any, keep the cwd's (or none).
 */
export async function findReportRepositoryRoot(cwd: string, paths: readonly string[], cwdRoot: string | null, started?: ReportRootLookups): Promise<string | null> {
  const targets = paths.map((target) => realPathOrSelf(path.resolve(cwd, target)));
  if (cwdRoot && targets.every((target) => isInside(cwdRoot, target))) return cwdRoot;
  let common: string | null = null;
  for (const target of targets) {
    const dir = isDirectory(target) ? target : path.dirname(target);
    const root = await (started?.get(dir) ?? findRepositoryRoot(dir));
    if (!root || (common !== null && root !== common)) return cwdRoot;
    common = root;
  }
  return common ?? cwdRoot;
}

/** `git rev-parse --show-toplevel` of target folders, by folder, started ahead of `findReportRepositoryRoot`. */
export type ReportRootLookups = ReadonlyMap<string, Promise<string | null>>;

/**
 * Starts the lookups `findReportRepositoryRoot` may need, before the working directory's
 * repository is known: those of the targets outside the working directory (a target inside it
 * is inside its repository, when it has one). Each is a process started while the run is still
 * small: starting one (a fork) later, with the cache file read, took several times as long.
 */
export function startReportRootLookups(cwd: string, paths: readonly string[]): ReportRootLookups {
  const realCwd = realPathOrSelf(cwd);
  const lookups = new Map<string, Promise<string | null>>();
  for (const input of paths) {
    const target = realPathOrSelf(path.resolve(cwd, input));
    if (isInside(realCwd, target)) continue;
    const dir = isDirectory(target) ? target : path.dirname(target);
    if (!lookups.has(dir)) lookups.set(dir, findRepositoryRoot(dir));
  }
  return lookups;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Tracked and untracked-but-not-ignored files under `dir`, relative to `dir`
 * (`.gitignore` files at every level, with negation, `.git/info/exclude` and the user's
 * global excludes all apply).
 */
export async function listRepositoryFiles(dir: string): Promise<string[] | null> {
  const result = await runGit(dir, [
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    // Never walk an untracked node_modules, even in a repository that forgot to ignore it.
    '--exclude=node_modules/',
    '--deduplicate',
  ]);
  if (!result.ok) return null;
  return result.stdout.split('\0').filter((entry) => entry.length > 0);
}

/**
 * Untracked, not ignored files below `pathspecs` (folders relative to `dir`), relative to `dir`:
 * those of the `node_modules` folders a `.gitignore` re-includes, which `listRepositoryFiles`
 * leaves out (node-modules-negation.ts).
 */
export async function listUntrackedFiles(dir: string, pathspecs: readonly string[]): Promise<string[]> {
  if (pathspecs.length === 0) return [];
  const result = await runGit(dir, ['ls-files', '-z', '--others', '--exclude-standard', '--', ...pathspecs.map((p) => `:(literal)${p}`)]);
  if (!result.ok) return [];
  return result.stdout.split('\0').filter((entry) => entry.length > 0);
}

/**
 * Of `relativePaths` (relative to `dir`), those the ignore rules match, tracked or not
 * (`git check-ignore --no-index`): a tracked file is listed whatever the .gitignore says.
 */
export async function filterIgnoredByPatterns(dir: string, relativePaths: readonly string[]): Promise<Set<string>> {
  if (relativePaths.length === 0) return new Set();
  const result = await runGit(dir, ['check-ignore', '--no-index', '-z', '--stdin'], relativePaths.join('\0') + '\0');
  return new Set(result.stdout.split('\0').filter((entry) => entry.length > 0));
}

/** Of `absolutePaths`, those git ignores (absolute paths back). */
export async function filterIgnoredByGit(repoRoot: string, absolutePaths: readonly string[]): Promise<Set<string>> {
  if (absolutePaths.length === 0) return new Set();
  const relative = absolutePaths.map((p) => path.relative(repoRoot, p));
  const result = await runGit(repoRoot, ['check-ignore', '-z', '--stdin'], relative.join('\0') + '\0');
  // Exit code 1 means "nothing ignored"; both are fine.
  return new Set(
    result.stdout
      .split('\0')
      .filter((entry) => entry.length > 0)
      .map((entry) => path.resolve(repoRoot, entry)),
  );
}

/** Uncommitted changes (staged, unstaged, untracked) in the work tree that holds `dir`. */
export async function getDirtyFiles(dir: string): Promise<string[]> {
  const result = await runGit(dir, ['status', '--porcelain', '-z', '--untracked-files=all']);
  if (!result.ok) return [];
  return result.stdout
    .split('\0')
    // With -z a rename is followed by its old path, which has no status prefix.
    .filter((entry) => /^[ MADRCUT?!]{2} /.test(entry))
    .map((entry) => entry.slice(3));
}

/** The commit `ref` names, or `null` when it names none (unknown ref, not a commit). */
export async function resolveCommit(dir: string, ref: string): Promise<string | null> {
  // A ref starting with "-" would be read as an option.
  if (ref.startsWith('-') || ref.length === 0) return null;
  const result = await runGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const sha = result.stdout.trim();
  return result.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/** The best common ancestor of two commits (what a pull request's diff starts from). */
export async function getMergeBase(dir: string, a: string, b: string): Promise<string | null> {
  const result = await runGit(dir, ['merge-base', a, b]);
  const sha = result.stdout.trim();
  return result.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/** Git's hunks use three lines of context; pull requests show the same. */
const DIFF_CONTEXT_LINES = 3;

/** A range that reaches to the end of the file whatever its length (untracked files). */
export const WHOLE_FILE: LineRange = { start: 1, end: Number.MAX_SAFE_INTEGER };

/**
 * Lines added or changed in the work tree (staged, unstaged and untracked files) since
 * `base`, keyed by path relative to `repoRoot` with `/`. Deleted files have no entry.
 * Throws when git fails.
 */
export async function getChangedLines(repoRoot: string, base: string): Promise<Map<string, FileChanges>> {
  // `--patch-with-raw -z` puts the exact paths (NUL-terminated, never quoted) in a raw
  // section before the patches, one entry per patch, in the same order.
  const diff = await runGit(repoRoot, [
    'diff',
    '-z',
    '--patch-with-raw',
    '--unified=0',
    '--find-renames',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    base,
    '--',
  ]);
  if (!diff.ok) throw new Error(`git diff ${base} failed: ${diff.stderr.trim()}`);
  const changes = parseChangedLines(diff.stdout);
  const untracked = await runGit(repoRoot, ['ls-files', '-z', '--others', '--exclude-standard']);
  if (!untracked.ok) throw new Error(`git ls-files failed: ${untracked.stderr.trim()}`);
  for (const file of untracked.stdout.split('\0')) {
    if (file) changes.set(file, { changed: [WHOLE_FILE], hunks: [WHOLE_FILE] });
  }
  return changes;
}

interface RawEntry {
  status: string;
  /** The path after the change (the new name of a rename). */
  path: string;
}

/** Parses `git diff -z --patch-with-raw --unified=0` output. Exported for tests. */
export function parseChangedLines(output: string): Map<string, FileChanges> {
  const tokens = output.split('\0');
  const entries: RawEntry[] = [];
  let index = 0;
  while (index < tokens.length && tokens[index]!.startsWith(':')) {
    const status = tokens[index]!.split(' ').pop() ?? '';
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const newPath = tokens[index + (twoPaths ? 2 : 1)] ?? '';
    entries.push({ status: status[0] ?? '', path: newPath });
    index += twoPaths ? 3 : 2;
  }
  // An empty token separates the raw section from the patches.
  if (tokens[index] === '') index++;
  const patch = tokens.slice(index).join('\0');
  // Unmerged paths print no "diff --git" section; every other raw entry has exactly one.
  const sections = patch.split(/^(?=diff --git )/m).filter((section) => section.startsWith('diff --git '));
  const withPatch = entries.filter((entry) => entry.status !== 'U');
  if (sections.length !== withPatch.length) {
    throw new Error(`could not read git diff output (${withPatch.length} files, ${sections.length} patches)`);
  }
  const changes = new Map<string, FileChanges>();
  withPatch.forEach((entry, i) => {
    if (entry.status === 'D') return;
    changes.set(entry.path, parseHunkHeaders(sections[i]!));
  });
  return changes;
}

/** The changed lines and context hunks of one file's `--unified=0` patch. */
function parseHunkHeaders(section: string): FileChanges {
  const changed: LineRange[] = [];
  const hunks: LineRange[] = [];
  for (const match of section.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count > 0) {
      changed.push({ start, end: start + count - 1 });
      hunks.push({ start: start - DIFF_CONTEXT_LINES, end: start + count - 1 + DIFF_CONTEXT_LINES });
    } else {
      // Lines were only removed: they sat after line `start`.
      hunks.push({ start: start - DIFF_CONTEXT_LINES + 1, end: start + DIFF_CONTEXT_LINES });
    }
  }
  return { changed: mergeRanges(changed), hunks: mergeRanges(hunks) };
}

/** Sorts ranges and joins those that overlap or touch; clamps starts to line 1. */
export function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = ranges.map((r) => ({ start: Math.max(1, r.start), end: r.end })).sort((a, b) => a.start - b.start);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** `cwd` with symbolic links resolved, or as given when that fails. */
export function realPathOrSelf(cwd: string): string {
  try {
    return fs.realpathSync(cwd);
  } catch {
    return cwd;
  }
}
