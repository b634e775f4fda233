/**
 * Confidence: every format shows a finding's doubt, a minimum confidence leaves the less sure
 * findings out with totals that still add up, and github-review shows only the sure ones
 * unless told otherwise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
import type { Confidence, RunResult } from '../../src/core/finding';
import { formatters } from '../../src/report/index';
import { limitToMinConfidence } from '../../src/engine/min-confidence';
import { getReportFixture, removeFixture, type ReportFixture } from './fixture';
import { validateRdjson, validateSarif } from './schemas';

let fixture: ReportFixture;
/** The fixture's run with one finding made `low` and one `medium` (the fixture's rules are sure of everything). */
let mixed: RunResult;

function withConfidence(result: RunResult, levels: Confidence[]): RunResult {
  const copy = structuredClone(result);
  const findings = copy.files.flatMap((file) => file.findings);
  levels.forEach((level, index) => (findings[index]!.confidence = level));
  // As in the engine's result, `findings` holds the very objects the files hold (the clone copied them apart).
  copy.findings = findings;
  copy.summary.confidence = { high: findings.length - levels.length, medium: levels.filter((l) => l === 'medium').length, low: levels.filter((l) => l === 'low').length };
  return copy;
}

beforeAll(async () => {
  fixture = await getReportFixture();
  mixed = withConfidence(fixture.result, ['low', 'medium']);
});

afterAll(() => removeFixture(fixture.dir));

describe('limitToMinConfidence', () => {
  test('high leaves out medium and low; the totals add up', () => {
    const limited = limitToMinConfidence(mixed, 'high');
    expect(limited.findings).toHaveLength(mixed.findings.length - 2);
    expect(limited.findings.every((finding) => finding.confidence === 'high')).toBe(true);
    expect(limited.summary.findings + limited.summary.findingsBelowConfidence!).toBe(mixed.summary.findings);
    expect(limited.summary.confidence).toEqual({ high: mixed.findings.length - 2, medium: 0, low: 0 });
    const { auto, suggestion, none } = limited.summary.fixable;
    expect(auto + suggestion + none).toBe(limited.summary.findings);
    expect(limited.files.flatMap((file) => file.findings)).toHaveLength(limited.findings.length);
    expect(limited.summary.filesWithFindings).toBe(limited.files.filter((file) => file.findings.length > 0).length);
    expect(limited.minConfidence).toBe('high');
  });

  test('medium leaves out only low; low keeps everything', () => {
    expect(limitToMinConfidence(mixed, 'medium').summary).toMatchObject({ findings: mixed.findings.length - 1, findingsBelowConfidence: 1 });
    expect(limitToMinConfidence(mixed, 'low').summary).toMatchObject({ findings: mixed.findings.length, findingsBelowConfidence: 0 });
  });
});

describe('formats show confidence', () => {
  test('json: findings[].confidence, the summary counts and the minimum used', () => {
    const json = JSON.parse(formatters.json!(limitToMinConfidence(mixed, 'medium'), fixture.context()));
    expect(json.findings.map((f: { confidence: string }) => f.confidence)).toContain('medium');
    expect(json.findings.map((f: { confidence: string }) => f.confidence)).not.toContain('low');
    expect(json.minConfidence).toBe('medium');
    expect(json.summary.findingsBelowConfidence).toBe(1);
  });

  test('sarif: low is a note with a low rank, and stays valid SARIF 2.1.0', () => {
    const log = JSON.parse(formatters.sarif!(mixed, fixture.context())) as Sarif.Log;
    expect(validateSarif(log).errors).toBe('');
    const results = log.runs[0]!.results!;
    const byConfidence = (level: Confidence) => results.filter((r) => r.properties?.confidence === level);
    expect(byConfidence('low').map((r) => [r.level, r.rank])).toEqual([['note', 30]]);
    expect(byConfidence('medium').map((r) => [r.level, r.rank])).toEqual([['warning', 60]]);
    expect(byConfidence('high').every((r) => r.level === 'warning' && r.rank === 90)).toBe(true);
  });

  test('rdjson: low is INFO, and stays valid', () => {
    const rdjson = JSON.parse(formatters.rdjson!(mixed, fixture.context()));
    expect(validateRdjson(rdjson).errors).toBe('');
    expect(rdjson.diagnostics.filter((d: { severity: string }) => d.severity === 'INFO')).toHaveLength(1);
  });

  test('github: low is a notice, the title names the doubt', () => {
    const text = formatters.github!(mixed, fixture.context());
    expect(text.match(/^::notice /gm)).toHaveLength(1);
    expect(text).toMatch(/^::notice .*title=unleak [a-z-]+ \([a-z ]+%2C low confidence\)/m);
    expect(text).toMatch(/^::warning .*medium confidence/m);
  });

  test('pretty, markdown, html and github-review name the doubt, and say what a minimum left out', () => {
    const limited = limitToMinConfidence(mixed, 'medium');
    for (const name of ['pretty', 'markdown', 'github-review', 'github']) {
      const text = formatters[name]!(limited, fixture.context());
      expect(text, name).toContain('medium confidence');
      expect(text, name).toContain('1 less sure finding not shown (below --min-confidence medium; --min-confidence low shows every finding)');
    }
    expect(formatters.html!(limited, fixture.context())).toContain('<span class="confidence">medium confidence</span>');
  });
});

describe('--min-confidence', () => {
  let dir: string;
  const RELAY = [
    "import { EventEmitter } from 'node:events';",
    '',
    'export class Relay {',
    '  start(target: EventEmitter, bus: EventEmitter) {',
    "    target.on('data', (chunk: string) => this.onData(chunk));",
    '  }',
    '',
    '  onData(chunk: string) {',
    '    return fetch(chunk);',
    '  }',
    '',
    '  dispose() {}',
    '}',
    '',
  ].join('\n');

  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-confidence-')));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src/relay.ts'), RELAY);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(['--quiet', '--no-prettier', ...args], {
      stdout: { write: (text: string) => ((stdout += text), true) },
      stderr: { write: (text: string) => ((stderr += text), true) },
      env: {},
      cwd: dir,
    });
    return { code, stdout, stderr };
  }

  test('a listener on a parameter is reported with low confidence; json shows every finding by default', async () => {
    const json = JSON.parse((await cli(['--no-config', '--format', 'json', '.'])).stdout);
    expect(json.findings.map((f: { rule: string; confidence: string }) => [f.rule, f.confidence])).toEqual([
      ['listener-cleanup', 'low'],
      ['fetch-timeout', 'high'],
    ]);
    expect(json.summary).not.toHaveProperty('findingsBelowConfidence');
  });

  test('the formats people read leave out low findings by default and say so; --min-confidence low shows them', async () => {
    for (const format of ['pretty', 'markdown', 'github']) {
      const shown = await cli(['--no-config', '--no-color', '--format', format, '.']);
      expect(shown.stdout, format).toContain('fetch-timeout');
      expect(shown.stdout, format).not.toContain('is never removed');
      if (format !== 'github') expect(shown.stdout, format).toContain('1 less sure finding not shown (below --min-confidence medium; --min-confidence low shows every finding)');
      const everything = await cli(['--no-config', '--no-color', '--format', format, '--min-confidence', 'low', '.']);
      expect(everything.stdout, format).toContain('is never removed');
    }
    const html = await cli(['--no-config', '--format', 'html', '.']);
    expect(html.stdout).not.toContain('data-rule="listener-cleanup"');
    // The machine formats carry every finding with its confidence (json above; sarif here)
    const sarif = JSON.parse((await cli(['--no-config', '--format', 'sarif', '.'])).stdout);
    expect(sarif.runs[0].results).toHaveLength(2);
  });

  test('github-review shows the sure findings only, unless --min-confidence low', async () => {
    const review = JSON.parse((await cli(['--no-config', '--format', 'github-review', '.'])).stdout);
    expect(review.comments).toHaveLength(1);
    expect(review.comments[0].body).toContain('fetch-timeout');
    expect(review.body).toContain('1 less sure finding not shown (below --min-confidence high');
    const everything = JSON.parse((await cli(['--no-config', '--format', 'github-review', '--min-confidence', 'low', '.'])).stdout);
    expect(everything.comments).toHaveLength(2);
  });

  test('--min-confidence and the minConfidence config key filter every format', async () => {
    const flag = JSON.parse((await cli(['--no-config', '--format', 'json', '--min-confidence', 'medium', '.'])).stdout);
    expect(flag.summary).toMatchObject({ findings: 1, findingsBelowConfidence: 1, confidence: { high: 1, medium: 0, low: 0 } });
    fs.writeFileSync(path.join(dir, 'unleak.config.json'), JSON.stringify({ minConfidence: 'high' }));
    try {
      const config = JSON.parse((await cli(['--format', 'json', '.'])).stdout);
      expect(config.summary).toMatchObject({ findings: 1, findingsBelowConfidence: 1 });
      // The flag wins over the config.
      const override = JSON.parse((await cli(['--format', 'json', '--min-confidence', 'low', '.'])).stdout);
      expect(override.summary.findings).toBe(2);
    } finally {
      fs.rmSync(path.join(dir, 'unleak.config.json'));
    }
  });

  test('an unknown level is a usage error', async () => {
    const run = await cli(['--min-confidence', 'sure', '.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--min-confidence: "sure" must be one of low, medium, high');
  });
});
