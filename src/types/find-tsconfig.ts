/**
 * The nearest `tsconfig.json` above a file, not looking above `stopAt` (the repository root or
 * the working directory), as editors pick a file's project. Plain file-system reads: finding
 * the tsconfig does not load TypeScript.
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
      const outside = path.relative(root, dir).startsWith('..') || path.isAbsolute(path.relative(root, dir));
      found = parent === dir || dir === root || outside ? null : find(parent);
    }
    byDir.set(dir, found);
    return found;
  };
  return (absoluteFilePath) => find(path.dirname(path.resolve(absoluteFilePath)));
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
