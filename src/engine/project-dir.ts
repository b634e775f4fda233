/**
 * Where a file's project and repository are, read from the folders above it (no git process):
 * the runtime target and the formatter config are looked up per project, never above the
 * repository root.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The nearest folder above `dir` (itself included) with a package.json, not looking above the
 * repository root (a folder with `.git`); `fallback` when there is none.
 */
export function findProjectDir(dir: string, fallback: string): string {
  for (let current = dir; ; ) {
    if (fs.existsSync(path.join(current, 'package.json')) || fs.existsSync(path.join(current, '.git'))) return current;
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
