/**
 * The few git facts the engine needs, behind one small interface so tests can run the whole
 * pipeline on temporary directories. Every call is `git -C <dir> ...` with arguments as an
 * array (no shell).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

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
