/**
 * Files a cross-file fix touches go through the project's prettier like per-file fixes
 * (issue 11): in a prettier-clean project with a JSON config, every file the run changes —
 * the ones the project phase rewrote included — is prettier-clean afterwards; without a
 * config, nothing is formatted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { getFixFiles } from '../../src/core/fix-files';

const PROJECT = path.resolve(__dirname, '../../__testfixtures__/projects/loop-cancellation/cross-file-options/input');
const CONFIG = { singleQuote: true, semi: false, printWidth: 70, trailingComma: 'all' as const };
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture project, formatted with CONFIG (with `.prettierrc` written when asked). */
async function formattedCopy(withConfig: boolean): Promise<string> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-project-prettier-')));
  temps.push(dir);
  fs.cpSync(PROJECT, dir, { recursive: true });
  for (const entry of fs.readdirSync(path.join(dir, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    fs.writeFileSync(file, await prettier.format(fs.readFileSync(file, 'utf8'), { ...CONFIG, filepath: file }));
  }
  if (withConfig) fs.writeFileSync(path.join(dir, '.prettierrc'), JSON.stringify(CONFIG));
  return dir;
}

const runProject = (cwd: string) => run({ cwd, config: false, jobs: 1, rules: ['loop-cancellation'] });

describe('cross-file fixes and the project prettier config', () => {
  it('formats every file the project phase changed', async () => {
    const dir = await formattedCopy(true);
    const result = await runProject(dir);
    const crossFile = result.findings.filter((finding) => getFixFiles(finding).length > 1);
    expect(crossFile.length).toBeGreaterThan(0);
    const changed = result.files.filter((report) => report.output !== undefined && report.output !== report.source);
    expect(changed.map((report) => report.file).sort()).toEqual(expect.arrayContaining(getFixFiles(crossFile[0]!).map(({ file }) => file)));
    for (const report of changed) {
      expect(await prettier.check(report.output!, { ...CONFIG, filepath: path.join(dir, report.file) }), report.file).toBe(true);
    }
  });

  it('leaves the layout to the fix without a config (the same fixes, not formatted)', async () => {
    const dir = await formattedCopy(false);
    const result = await runProject(dir);
    const changed = result.files.filter((report) => report.output !== undefined && report.output !== report.source);
    expect(changed.length).toBeGreaterThan(0);
    const checks = await Promise.all(changed.map((report) => prettier.check(report.output!, { ...CONFIG, filepath: path.join(dir, report.file) })));
    expect(checks).toContain(false);
  });
});
