/**
 * Reads `__testfixtures__/<rule>/<case>.input.<ext>` cases with their `.output.<ext>`,
 * optional `.options.json` (`{ "options": {...}, "unsafe": true, "target": {...}, "printWidth": 80, "arrowParens": "avoid" }`) and
 * optional `.findings.json` (`["line:column fix", ...]`, or `["line:column fix confidence", ...]` to check the
 * confidence too). `skip-*` cases must produce no
 * finding and no change.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RuntimeTarget } from '../../src/core/rule';

export const FIXTURES_ROOT = path.resolve(__dirname, '../../__testfixtures__');
export const PROJECTS_DIR = 'projects';

export interface FixtureCase {
  rule: string;
  name: string;
  ext: string;
  inputPath: string;
  input: string;
  output: string | null;
  options: Record<string, unknown>;
  unsafe: boolean;
  target?: RuntimeTarget;
  /** The print width the engine would read from the project's formatter config. */
  printWidth?: number;
  arrowParens?: 'always' | 'avoid';
  expectedFindings: string[] | null;
  isSkip: boolean;
}

export function listFixtureRules(): string[] {
  if (!fs.existsSync(FIXTURES_ROOT)) return [];
  return fs
    .readdirSync(FIXTURES_ROOT, { withFileTypes: true })
    // `projects/<rule>/<name>/` holds multi-file fixture projects (test/engine/fixture-projects.test.ts).
    .filter((entry) => entry.isDirectory() && entry.name !== PROJECTS_DIR)
    .map((entry) => entry.name)
    .sort();
}

export function loadFixtureCases(rule: string): FixtureCase[] {
  const dir = path.join(FIXTURES_ROOT, rule);
  const cases: FixtureCase[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const match = /^(.+)\.input\.([a-z]+)$/.exec(file);
    if (!match) continue;
    const [, name, ext] = match as unknown as [string, string, string];
    const read = (suffix: string): string | null => {
      const p = path.join(dir, `${name}.${suffix}`);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    };
    const config = JSON.parse(read('options.json') ?? '{}') as { options?: Record<string, unknown>; unsafe?: boolean; target?: RuntimeTarget; printWidth?: number; arrowParens?: 'always' | 'avoid' };
    const findings = read('findings.json');
    const fixture: FixtureCase = {
      rule,
      name,
      ext,
      inputPath: path.join(dir, file),
      input: read(`input.${ext}`)!,
      output: read(`output.${ext}`),
      options: config.options ?? {},
      unsafe: config.unsafe === true,
      expectedFindings: findings ? (JSON.parse(findings) as string[]) : null,
      isSkip: name.startsWith('skip-'),
    };
    if (config.target) fixture.target = config.target;
    if (config.printWidth !== undefined) fixture.printWidth = config.printWidth;
    if (config.arrowParens !== undefined) fixture.arrowParens = config.arrowParens;
    cases.push(fixture);
  }
  return cases;
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
