/** The rules are stock jscodeshift transforms: run the real jscodeshift CLI on them. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli';
import { makeProject, read } from '../helpers/temp';

const JSCODESHIFT = path.join(REPO_ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js');
const LEAKY = "export async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n";

function jscodeshift(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [JSCODESHIFT, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

// jscodeshift starts babel-register and a worker per run: 17-26 s each on a busy two-core
// machine, too close to the suite's 30 s default.
describe('stock jscodeshift', { timeout: 120_000 }, () => {
  it('runs transforms/fetch-timeout.ts from source (babel-register) with --parser=ts', () => {
    const dir = makeProject({ 'a.ts': LEAKY, 'b.ts': 'export {};\n' });
    const out = jscodeshift(dir, ['-t', path.join(REPO_ROOT, 'transforms/fetch-timeout.ts'), '--parser=ts', 'a.ts', 'b.ts']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/1 ok/);
    expect(out.stdout).toMatch(/1 skipped/);
    expect(read(dir, 'a.ts')).toBe(LEAKY.replace('fetch(url)', 'fetch(url, { signal: AbortSignal.timeout(10_000) })'));
    expect(read(dir, 'b.ts')).toBe('export {};\n');
  });

  it('runs the compiled transform and takes rule options as flags', () => {
    const dir = makeProject({ 'a.ts': LEAKY });
    const out = jscodeshift(dir, ['-t', path.join(REPO_ROOT, 'dist/transforms/fetch-timeout.js'), '--timeoutMs=2500', 'a.ts']);
    expect(out.status).toBe(0);
    expect(read(dir, 'a.ts')).toContain('AbortSignal.timeout(2_500)');
  });

  it('reports a file that does not parse as an error and leaves it alone', () => {
    const dir = makeProject({ 'bad.ts': 'fetch(url);\nconst = ;\n' });
    const out = jscodeshift(dir, ['-t', path.join(REPO_ROOT, 'dist/transforms/fetch-timeout.js'), 'bad.ts']);
    expect(out.stdout).toMatch(/1 errors/);
    expect(read(dir, 'bad.ts')).toBe('fetch(url);\nconst = ;\n');
  });
});
