/**
 * The nearest `tsconfig.json` above a file, as editors pick a file's project, not looking
 * above `stopAt` (the repository root or the working directory) nor above a folder with `.git`
 * (a scanned project outside the working directory stops at its own repository root). Plain
 * file-system reads: finding the tsconfig does not load TypeScript.
 */
import fs from 'node:fs';
import path from 'node:path';

export function createTsconfigFinder(stopAt: string): (absoluteFilePath: string) => string | null {
  const byDir = new Map<string, string | null>();
  const root = path.resolve(stopAt);
  const find = (dir: string): string | null => {
    const cached = byDir.get(dir);
    if (cached !== undefined) return cached;
    const candidate = path.join(dir, 'tsconfig.json');
    let found: string | null = null;
    if (isFile(candidate)) found = candidate;
    else {
      const parent = path.dirname(dir);
      found = parent === dir || dir === root || exists(path.join(dir, '.git')) ? null : find(parent);
    }
    byDir.set(dir, found);
    return found;
  };
  return (absoluteFilePath) => find(path.dirname(path.resolve(absoluteFilePath)));
}

function exists(file: string): boolean {
  return fs.existsSync(file);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
