import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createConfigBoundFinder, findConfigBound } from './project-dir';

describe('createConfigBoundFinder', () => {
  test('answers as findConfigBound for folders inside a repository, inside the run bound and outside both, asked in any order', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-bound-'));
    const repo = path.join(root, 'work', 'repo');
    const deep = path.join(repo, 'packages', 'a', 'src', 'lib');
    const nested = path.join(repo, 'vendor', 'sub');
    const loose = path.join(root, 'work', 'loose', 'x');
    for (const dir of [deep, path.join(nested, '.git'), loose]) fs.mkdirSync(dir, { recursive: true });
    fs.mkdirSync(path.join(repo, '.git'));
    const runBound = path.join(root, 'work');
    const finder = createConfigBoundFinder();
    const dirs = [deep, path.dirname(deep), repo, path.join(nested, 'inner'), nested, loose, path.join(root, 'elsewhere'), root];
    for (const dir of [...dirs, ...dirs.reverse()]) expect(finder(dir, runBound), dir).toBe(findConfigBound(dir, runBound));
    expect(finder(deep, runBound)).toBe(repo);
    expect(finder(path.join(nested, 'inner'), runBound)).toBe(nested);
    expect(finder(loose, runBound)).toBe(runBound);
    expect(finder(path.join(root, 'elsewhere'), runBound)).toBe(path.parse(root).root);
  });
});
