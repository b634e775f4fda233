import fs from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyEdits } from '../../src/core/fixer';
import { SourceText, withLineTerminator } from '../../src/core/source-text';
import { createFormatContext } from '../../src/report/context';
import type { RunResult } from '../../src/core/finding';
import { buildSarifLog, FINGERPRINT_KEY, formatSarif } from '../../src/report/sarif';
import { createFixtureRepository, getReportFixture, HTML_FILE, removeFixture, runFixture, type ReportFixture } from './fixture';
import { validateSarif } from './schemas';
import { getRule } from '../../transforms/index';

let fixture: ReportFixture;
let log: Sarif.Log;
let run: Sarif.Run;

beforeAll(async () => {
  fixture = await getReportFixture();
  log = JSON.parse(formatSarif(fixture.result, fixture.context())) as Sarif.Log;
  run = log.runs[0]!;
});

afterAll(() => removeFixture(fixture.dir));

function fingerprintsOf(result: RunResult): string[] {
  const sarif = buildSarifLog(result, createFormatContext(result));
  return sarif.runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);
}

describe('sarif', () => {
  test('is valid SARIF 2.1.0 against the OASIS schema', () => {
    const validation = validateSarif(log);
    expect(validation.errors).toBe('');
    expect(validation.valid).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  test('has one result per finding, in order, at the finding position', () => {
    const results = run.results!;
    expect(results).toHaveLength(fixture.result.findings.length);
    results.forEach((sarifResult, i) => {
      const finding = fixture.result.findings[i]!;
      expect(sarifResult.ruleId).toBe(finding.rule);
      expect(run.tool.driver.rules![sarifResult.ruleIndex!]!.id).toBe(finding.rule);
      const region = sarifResult.locations![0]!.physicalLocation!.region!;
      expect(region).toEqual({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
    });
  });

  test('has one rules entry per rule with help text and a docs link', () => {
    const ids = run.tool.driver.rules!.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const reported = new Set([...fixture.result.rules.map((rule) => rule.id), ...fixture.result.findings.map((f) => f.rule)]);
    expect(new Set(ids)).toEqual(reported);
    for (const rule of run.tool.driver.rules!) {
      expect(rule.shortDescription!.text.length).toBeGreaterThan(10);
      expect(rule.help!.text).toContain(rule.helpUri!);
      expect(rule.help!.markdown).toContain(`](${rule.helpUri})`);
      expect(rule.helpUri).toMatch(/^https:\/\/.+\.md$/);
    }
  });

  test("each rule's precision is the one its meta states (listener-cleanup: medium), default high", () => {
    const precisions = Object.fromEntries(run.tool.driver.rules!.map((rule) => [rule.id, rule.properties?.precision]));
    for (const id of Object.keys(precisions)) {
      const meta = getRule(id)?.meta;
      if (meta) expect(precisions[id]).toBe(meta.precision ?? 'high');
    }
    expect(precisions['listener-cleanup']).toBe('medium');
    expect(precisions['fetch-timeout']).toBe('high');
  });

  test('paths are relative to the repository root, percent-encoded, with %SRCROOT% pointing at the root', () => {
    const uris = run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!);
    for (const location of uris) {
      expect(location.uriBaseId).toBe('%SRCROOT%');
      expect(location.uri).not.toMatch(/^(\/|file:)/);
    }
    expect(uris.map((l) => decodeURIComponent(l.uri!))).toEqual(fixture.result.findings.map((f) => f.file));
    expect(uris.map((l) => l.uri)).toContain('src/ui/%3Cscript%3Ealert(1)%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E.ts');
    expect(uris.map((l) => decodeURIComponent(l.uri!))).toContain(HTML_FILE);
    const root = run.originalUriBaseIds!['%SRCROOT%']!.uri!;
    expect(new URL(root).pathname).toBe(`${fs.realpathSync(fixture.dir)}/`);
  });

  test('paths stay relative to the repository root when run from a subdirectory', async () => {
    const cwd = path.join(fixture.dir, 'src', 'ui');
    const result = await runFixture(cwd, { cwd });
    const sarif = buildSarifLog(result, createFormatContext(result));
    const uris = sarif.runs[0]!.results!.map((r) => decodeURIComponent(r.locations![0]!.physicalLocation!.artifactLocation!.uri!));
    expect(result.findings.map((f) => f.file)).toContain('bom.ts');
    expect(uris).toContain('src/ui/bom.ts');
    expect(uris.every((uri) => uri.startsWith('src/ui/'))).toBe(true);
  });

  test('every auto and suggestion finding has a fix whose replacements reproduce its edits', () => {
    const reports = new Map(fixture.result.files.map((report) => [report.file, report]));
    let checked = 0;
    run.results!.forEach((sarifResult, i) => {
      const finding = fixture.result.findings[i]!;
      if (finding.fix === 'none') {
        expect(sarifResult.fixes).toBeUndefined();
        return;
      }
      const report = reports.get(finding.file)!;
      const source = new SourceText(report.source!);
      const change = sarifResult.fixes![0]!.artifactChanges[0]!;
      expect(change.artifactLocation).toEqual(sarifResult.locations![0]!.physicalLocation!.artifactLocation);
      const edits = change.replacements.map((replacement) => {
        const region = replacement.deletedRegion;
        return {
          start: source.offsetAt({ line: region.startLine!, column: region.startColumn! }),
          end: source.offsetAt({ line: region.endLine ?? region.startLine!, column: region.endColumn! }),
          text: replacement.insertedContent?.text ?? '',
        };
      });
      expect(applyEdits(report.source!, edits, report.eol)).toBe(applyEdits(report.source!, finding.edits, report.eol));
      checked++;
    });
    expect(checked).toBe(fixture.result.summary.fixable.auto + fixture.result.summary.fixable.suggestion);
    expect(fixture.result.summary.fixable.suggestion).toBeGreaterThan(0);
  });

  test('columns count UTF-16 code units (a finding after non-ASCII text on a BOM line)', () => {
    const index = fixture.result.findings.findIndex((f) => f.file === 'src/ui/bom.ts');
    const region = run.results![index]!.locations![0]!.physicalLocation!.region!;
    const line = fs.readFileSync(path.join(fixture.dir, 'src/ui/bom.ts'), 'utf8').replace(/^\uFEFF/, '').split('\n')[region.startLine! - 1]!;
    expect(line.slice(region.startColumn! - 1)).toMatch(/^fetch\(/);
    expect(line.slice(region.startColumn! - 1, region.endColumn! - 1)).toBe('fetch(`/hello/${hello}`)');
  });

  test('inserted text uses the file line terminator', () => {
    const crlf = fixture.result.files.find((report) => report.eol === '\r\n')!;
    for (const finding of crlf.findings) {
      const sarifResult = run.results![fixture.result.findings.indexOf(finding)]!;
      for (const replacement of sarifResult.fixes?.[0]?.artifactChanges[0]?.replacements ?? []) {
        const text = replacement.insertedContent?.text ?? '';
        expect(text).toBe(withLineTerminator(text, '\r\n'));
      }
    }
  });

  test('fingerprints are unique and survive unrelated edits, but follow the code', async () => {
    const before = fingerprintsOf(fixture.result);
    expect(new Set(before).size).toBe(before.length);

    const dir = createFixtureRepository();
    try {
      // Unrelated edits: lines added above findings, indentation changed.
      const batch = path.join(dir, 'src/jobs/batch.ts');
      fs.writeFileSync(batch, '// refreshed nightly\n\n' + fs.readFileSync(batch, 'utf8').replace(/^ {2}await/gm, '    await'));
      const client = path.join(dir, 'src/api/client.ts');
      fs.writeFileSync(client, fs.readFileSync(client, 'utf8').replace("import { log } from './log';\n", "import { log } from './log';\nimport { other } from './other';\n\n"));
      const moved = await runFixture(dir);
      expect(moved.findings.map((f) => f.line)).not.toEqual(fixture.result.findings.map((f) => f.line));
      expect(fingerprintsOf(moved)).toEqual(before);

      // Changing a finding's code changes its fingerprint (and only its).
      fs.writeFileSync(client, fs.readFileSync(client, 'utf8').replace('fetch("/notes")', 'fetch("/notes/all")'));
      const edited = fingerprintsOf(await runFixture(dir));
      expect(edited.filter((fingerprint) => !before.includes(fingerprint))).toHaveLength(1);
    } finally {
      removeFixture(dir);
    }
  });

  test('keeps within the results-per-run limit and says how many it left out', () => {
    const truncated = buildSarifLog(fixture.result, fixture.context(), { maxResults: 3 });
    const truncatedRun = truncated.runs[0]!;
    expect(validateSarif(truncated).errors).toBe('');
    expect(truncatedRun.results).toHaveLength(3);
    const leftOut = fixture.result.findings.length - 3;
    const note = truncatedRun.invocations![0]!.toolExecutionNotifications!.find((n) => n.descriptor?.id === 'results-truncated')!;
    expect(note.message.text).toContain(`${leftOut} of ${fixture.result.findings.length} results were left out`);
    expect(truncatedRun.properties).toMatchObject({ resultsLeftOut: leftOut });
  });

  test('reports run errors as notifications and stays valid', () => {
    const withErrors: RunResult = {
      ...fixture.result,
      errors: [
        { file: 'src/broken.ts', kind: 'parse', message: 'could not parse: Unexpected token (3:7)', line: 3, column: 7 },
        { file: 'src/api/client.ts', kind: 'internal', rule: 'fetch-timeout', message: 'the fix did not parse' },
      ],
    };
    const sarif = buildSarifLog(withErrors, fixture.context());
    expect(validateSarif(sarif).errors).toBe('');
    const invocation = sarif.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => n.level)).toEqual(['warning', 'error']);
    expect(invocation.toolExecutionNotifications![1]!.associatedRule).toEqual({ id: 'fetch-timeout' });
  });
});
