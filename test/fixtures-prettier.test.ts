/**
 * Generated code at the project's print width looks as prettier would print it: for every
 * fixture whose `.options.json` carries `prettier` options (the project's formatter settings),
 * the input is prettier-formatted with them — the premise — and the output must still be, so
 * a project that passed `prettier --check` before the fix passes it after. Fixtures whose fix
 * deliberately leaves a reflow to the formatter (an existing chain prettier would re-break)
 * carry no `prettier` options.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../__testfixtures__');

interface PrettierCase {
  name: string;
  input: string;
  output: string;
  options: prettier.Options;
}

function listCases(): PrettierCase[] {
  const cases: PrettierCase[] = [];
  for (const rule of fs.readdirSync(ROOT)) {
    const dir = path.join(ROOT, rule);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir)) {
      if (!file.endsWith('.options.json')) continue;
      const config = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { prettier?: prettier.Options };
      if (!config.prettier) continue;
      const base = file.slice(0, -'.options.json'.length);
      const input = fs.readdirSync(dir).find((other) => other.startsWith(`${base}.input.`));
      if (!input) continue;
      cases.push({ name: `${rule}/${base}`, input: path.join(dir, input), output: path.join(dir, input.replace('.input.', '.output.')), options: config.prettier });
    }
  }
  return cases;
}

const cases = listCases();

describe('fixture outputs at a print width pass prettier --check', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  for (const fixture of cases) {
    it(fixture.name, async () => {
      const check = async (file: string): Promise<boolean> => prettier.check(fs.readFileSync(file, 'utf8'), { ...fixture.options, filepath: file });
      expect(await check(fixture.input), 'the input is prettier-formatted (the premise)').toBe(true);
      expect(await check(fixture.output), 'the output is still prettier-formatted').toBe(true);
    });
  }
});
