/**
 * Multi-file fixture projects: `__testfixtures__/projects/<name>/{input,output}/` with an
 * `expected.json`:
 *   { "findings": ["file:line fix", …],        // with type information
 *     "noTypesFindings": [...],                  // the same run with --no-types
 *     "typeInfo": { … },                         // summary.typeInfo (problems: prefixes)
 *     "tsc": true }                              // tsc --noEmit is clean before and after
 * Each project is copied to a temp folder and run through the engine with `--write --unsafe`:
 * the files equal `output/` exactly, a second run changes nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import type { RunResult, TypeInfo } from '../../src/core/finding';
import { FIXTURES_ROOT, PROJECTS_DIR } from '../helpers/fixtures';

const ROOT = path.join(FIXTURES_ROOT, PROJECTS_DIR);
const TSC = path.resolve(__dirname, '../../node_modules/typescript/bin/tsc');

interface Expected {
  findings: string[];
  noTypesFindings: string[];
  typeInfo: TypeInfo;
  tsc: boolean;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function copyInput(name: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `unleak-project-${name}-`)));
  temps.push(dir);
  fs.cpSync(path.join(ROOT, name, 'input'), dir, { recursive: true });
  return dir;
}

function listFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

function findingKeys(result: RunResult): string[] {
  return result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix}`);
}

function tscClean(dir: string): boolean {
  try {
    execFileSync(process.execPath, [TSC, '-p', dir, '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const runProject = (cwd: string, extra: Parameters<typeof run>[0] = {}): Promise<RunResult> =>
  run({ cwd, config: false, prettier: false, jobs: 1, rules: ['unconsumed-promise'], ...extra });

const projects = fs.existsSync(ROOT) ? fs.readdirSync(ROOT).filter((name) => fs.statSync(path.join(ROOT, name)).isDirectory()).sort() : [];

describe('fixture projects', () => {
  it('exist', () => {
    expect(projects.length).toBeGreaterThan(0);
  });
  for (const name of projects) {
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
    describe(name, () => {
      it('finds what expected.json lists, with type information', async () => {
        const dir = copyInput(name);
        const result = await runProject(dir);
        expect(findingKeys(result)).toEqual(expected.findings);
        const info = result.summary.typeInfo!;
        expect({ ...info, problems: [] }).toEqual({ ...expected.typeInfo, problems: [] });
        expect(info.problems).toHaveLength(expected.typeInfo.problems.length);
        expected.typeInfo.problems.forEach((prefix, index) => expect(info.problems[index]).toMatch(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
        expect(result.errors).toEqual([]);
      });

      it('finds what noTypesFindings lists with --no-types', async () => {
        const result = await runProject(copyInput(name), { types: false });
        expect(findingKeys(result)).toEqual(expected.noTypesFindings);
        expect(result.summary.typeInfo?.none).toMatch(/--no-types/);
      });

      it('--write --unsafe gives output/ exactly; a second run changes nothing', async () => {
        const dir = copyInput(name);
        if (expected.tsc) expect(tscClean(dir), 'tsc --noEmit on the input').toBe(true);
        await runProject(dir, { write: true, unsafe: true });
        expect(listFiles(dir)).toEqual(listFiles(path.join(ROOT, name, 'output')));
        const again = await runProject(dir, { write: true, unsafe: true });
        expect(again.summary.filesChanged).toBe(0);
        if (expected.tsc) expect(tscClean(dir), 'tsc --noEmit on the output').toBe(true);
      }, 180_000);
    });
  }
});
