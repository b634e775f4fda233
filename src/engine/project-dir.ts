/**
 * Where a file's project and repository are, read from the folders above it (no git process):
 * the runtime target and the formatter config are looked up per project, never above the
 * repository root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isPathInside } from './path-inside';

/**
 * The nearest folder above `dir` (itself included) with a package.json, not looking above the
 * repository root (a folder with `.git`); `fallback` when there is none. A run passes
 * `hasDirEntry` (one listing per folder, shared with the config lookups) as `hasEntry`.
 */
export function findProjectDir(dir: string, fallback: string, hasEntry: (dir: string, name: string) => boolean = (folder, name) => fs.existsSync(path.join(folder, name))): string {
  for (let current = dir; ; ) {
    if (hasEntry(current, 'package.json') || hasEntry(current, '.git')) return current;
    const parent = path.dirname(current);
    if (parent === current) return fallback;
    current = parent;
  }
}

/** The nearest folder above `dir` (itself included) with a `.git` entry, or `null`. */
export function findRepositoryDir(dir: string): string | null {
  for (let current = dir; ; ) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * How high the config search for a file in `dir` may go (formatter configs, `.editorconfig`,
 * `.prettierignore`, tsconfig, the fallback project folder): the repository that holds the file,
 * whatever the working directory is — `unleak /other/project` reads that project's config —
 * else `runBound` (the run's working directory) when the file lies inside it, else the
 * filesystem root.
 */
export function findConfigBound(dir: string, runBound: string): string {
  const repository = findRepositoryDir(path.resolve(dir));
  if (repository) return repository;
  return isPathInside(dir, runBound) ? path.resolve(runBound) : path.parse(path.resolve(dir)).root;
}

/**
 * `findConfigBound` for one run, remembering the repository of every folder it walked: a run
 * asks for each of its files (the cache's settings keys and type inputs, prettier's bound), and
 * on the 4,092-file corpus the uncached walks were 0.3 s of `existsSync` in a `--cache` second
 * run. Only for the span of a run: a `.git` made afterwards is not seen.
 */
export function createConfigBoundFinder(): (dir: string, runBound: string) => string {
  const repositoryOf = new Map<string, string | null>();
  const findRepository = (start: string): string | null => {
    const walked: string[] = [];
    let found: string | null = null;
    for (let current = start; ; ) {
      const known = repositoryOf.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(current);
      if (fs.existsSync(path.join(current, '.git'))) {
        found = current;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const dir of walked) repositoryOf.set(dir, found);
    return found;
  };
  return (dir, runBound) => {
    const repository = findRepository(path.resolve(dir));
    if (repository) return repository;
    return isPathInside(dir, runBound) ? path.resolve(runBound) : path.parse(path.resolve(dir)).root;
  };
}
