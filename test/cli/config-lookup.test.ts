/**
 * `unleak /other/project` run from another folder reads that project's config: the search for
 * formatter config, `.editorconfig` and the runtime target stops at the repository (or the
 * filesystem root) that holds each scanned file, not at the working directory's repository.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../helpers/cli';
import { initRepo, makeProject, read } from '../helpers/temp';

/** Clean under `{ printWidth: 60, singleQuote: true }`; the fixed line is 70 columns. */
const LEAKY = "// Loads a profile.\nexport async function load(url: string) {\n  const r = await fetch(url);\n  return r.json();\n}\n";
const FIXED_AT_60 = '// Loads a profile.\nexport async function load(url: string) {\n  const r = await fetch(url, {\n    signal: AbortSignal.timeout(10_000),\n  });\n  return r.json();\n}\n';
const FIXED_AT_80 = '// Loads a profile.\nexport async function load(url: string) {\n  const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });\n  return r.json();\n}\n';

function project(extra: Record<string, string> = {}): string {
  return makeProject({
    '.prettierrc': '{ "printWidth": 60, "singleQuote": true }\n',
    'package.json': '{ "name": "app", "private": true, "browserslist": ["chrome >= 110"] }\n',
    'src/api.ts': LEAKY,
    'packages/legacy/package.json': '{ "name": "legacy", "browserslist": ["safari 15"] }\n',
    'packages/legacy/src/api.ts': LEAKY,
    ...extra,
  });
}

/** A working directory in a repository of its own, with a config of its own that must not apply. */
function elsewhere(): string {
  const dir = makeProject({ '.prettierrc': '{ "printWidth": 120 }\n', '.editorconfig': 'root = true\n[*]\nmax_line_length = 120\n', 'README.md': 'elsewhere\n' });
  initRepo(dir);
  return dir;
}

describe('config lookup for a project outside the working directory', () => {
  beforeAll(assertBuilt);

  it.each([
    ['in a git repository', true],
    ['in no repository', false],
  ])("follows the scanned project's prettier config and browserslist (project %s)", (_label, inRepo) => {
    const dir = project();
    if (inRepo) initRepo(dir);
    const cwd = elsewhere();
    const result = runCli(cwd, [dir, '--write', '--allow-dirty', '--quiet', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(read(dir, 'src/api.ts')).toBe(FIXED_AT_60);
    // safari 15 has no AbortSignal.timeout: that package's file is reported, not rewritten.
    expect(read(dir, 'packages/legacy/src/api.ts')).toBe(LEAKY);
    const findings = (JSON.parse(result.stdout) as { findings: { file: string; fix: string; message: string }[] }).findings;
    expect(findings.map((finding) => [finding.file.endsWith('packages/legacy/src/api.ts'), finding.fix])).toEqual([
      [true, 'none'],
      [false, 'auto'],
    ]);
    expect(findings[0]!.message).toContain('browserslist "safari 15"');
  });

  it("an .editorconfig width of the scanned project applies; the working directory's does not", () => {
    const dir = makeProject({ '.editorconfig': 'root = true\n[*.ts]\nmax_line_length = 60\n', 'src/api.ts': LEAKY });
    initRepo(dir);
    const cwd = elsewhere();
    expect(runCli(cwd, [dir, '--write', '--quiet']).code).toBe(0);
    expect(read(dir, 'src/api.ts')).toBe(FIXED_AT_60);
  });

  it('a project with no config gets the default width, not the working directory repository config', () => {
    const dir = makeProject({ 'src/api.ts': LEAKY });
    initRepo(dir);
    const cwd = elsewhere();
    expect(runCli(cwd, [dir, '--write', '--quiet']).code).toBe(0);
    expect(read(dir, 'src/api.ts')).toBe(FIXED_AT_80);
  });
});
