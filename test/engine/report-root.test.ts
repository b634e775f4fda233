/**
 * The repository a run reports paths against (git.ts findReportRepositoryRoot), with the
 * lookups for targets outside the working directory started ahead (startReportRootLookups):
 * the same answer as without them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReportRepositoryRoot, findRepositoryRoot, startReportRootLookups } from '../../src/engine/git';
import { initRepo, makeProject } from '../helpers/temp';

describe('the report repository', () => {
  it('with lookups started ahead: as without them, for targets inside, beside and outside the working directory', async () => {
    const repo = makeProject({ 'app/src/a.ts': 'export const a = 1;\n', 'lib/b.ts': 'export const b = 1;\n' });
    initRepo(repo);
    const other = makeProject({ 'c.ts': 'export const c = 1;\n' });
    initRepo(other);
    const none = makeProject({ 'd.ts': 'export const d = 1;\n' });
    const cwd = path.join(repo, 'app');
    const cwdRoot = await findRepositoryRoot(cwd);
    const cases: [string[], string | null][] = [
      [['src'], repo],
      [['../lib'], repo],
      [['src', '../lib/b.ts'], repo],
      [[other], other],
      [[path.join(other, 'c.ts')], other],
      [[none], repo],
      [[other, none], repo],
    ];
    for (const [paths, expected] of cases) {
      const started = startReportRootLookups(cwd, paths);
      expect(await findReportRepositoryRoot(cwd, paths, cwdRoot, started), paths.join(' ')).toBe(expected);
      expect(await findReportRepositoryRoot(cwd, paths, cwdRoot), paths.join(' ')).toBe(expected);
    }
    // A target inside the working directory needs no lookup.
    expect(startReportRootLookups(cwd, ['src', '.']).size).toBe(0);
  });
});
