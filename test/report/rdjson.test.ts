import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyEdits } from '../../src/core/fixer';
import type { RunResult } from '../../src/core/finding';
import { formatRdjson, type RdDiagnosticResult } from '../../src/report/rdjson';
import { getReportFixture, HTML_FILE, type ReportFixture } from './fixture';
import { validateRdjson } from './schemas';

let fixture: ReportFixture;
let rdjson: RdDiagnosticResult;

beforeAll(async () => {
  fixture = await getReportFixture();
  rdjson = JSON.parse(formatRdjson(fixture.result, fixture.context())) as RdDiagnosticResult;
});

afterAll(() => fs.rmSync(fixture.dir, { recursive: true, force: true }));

/** Applies a range in UTF-8 byte columns (end exclusive) to text, as reviewdog does. */
function applyByteRange(text: string, eol: string, range: { start: { line: number; column?: number }; end?: { line: number; column?: number } }, replacement: string): string {
  const buffers = text.split(eol).map((line) => Buffer.from(line, 'utf8'));
  const startLine = range.start.line - 1;
  const endLine = (range.end ?? range.start).line - 1;
  const head = buffers[startLine]!.subarray(0, (range.start.column ?? 1) - 1).toString('utf8');
  const tail = buffers[endLine]!.subarray(((range.end ?? range.start).column ?? 1) - 1).toString('utf8');
  const lines = text.split(eol);
  lines.splice(startLine, endLine - startLine + 1, ...(head + replacement + tail).split('\n'));
  return lines.join(eol);
}

describe('rdjson', () => {
  test('is valid against reviewdog DiagnosticResult schema', () => {
    const validation = validateRdjson(rdjson);
    expect(validation.errors).toBe('');
    expect(rdjson.source.name).toBe('unleak');
    expect(rdjson.diagnostics).toHaveLength(fixture.result.findings.length);
    for (const diagnostic of rdjson.diagnostics) expect(diagnostic.severity).toBe('WARNING');
  });

  test('paths are relative to the repository root and codes link the rule docs', () => {
    expect(rdjson.diagnostics.map((d) => d.location.path)).toEqual(fixture.result.findings.map((f) => f.file));
    expect(rdjson.diagnostics.map((d) => d.location.path)).toContain(HTML_FILE);
    for (const diagnostic of rdjson.diagnostics) expect(diagnostic.code!.url).toMatch(/^https:\/\/.+\.md$/);
  });

  test('columns count UTF-8 bytes, ends exclusive', () => {
    const index = fixture.result.findings.findIndex((f) => f.file === 'src/ui/bom.ts');
    const finding = fixture.result.findings[index]!;
    const range = rdjson.diagnostics[index]!.location.range;
    const lineBytes = Buffer.from(fs.readFileSync(`${fixture.dir}/src/ui/bom.ts`, 'utf8').replace(/^\uFEFF/, '').split('\n')[finding.line - 1]!, 'utf8');
    expect(range.start.column).not.toBe(finding.column);
    expect(lineBytes.subarray(range.start.column! - 1, range.end!.column! - 1).toString('utf8')).toBe('fetch(`/hello/${hello}`)');
    // ASCII-only lines: bytes and UTF-16 units agree.
    const ascii = fixture.result.findings.findIndex((f) => f.file === 'src/jobs/batch.ts');
    expect(rdjson.diagnostics[ascii]!.location.range.start.column).toBe(fixture.result.findings[ascii]!.column);
  });

  test('each fix is one suggestion that reproduces the finding alone', () => {
    const reports = new Map(fixture.result.files.map((report) => [report.file, report]));
    let checked = 0;
    fixture.result.findings.forEach((finding, i) => {
      const suggestions = rdjson.diagnostics[i]!.suggestions;
      if (finding.fix === 'none') {
        expect(suggestions).toBeUndefined();
        return;
      }
      expect(suggestions).toHaveLength(1);
      const report = reports.get(finding.file)!;
      const applied = applyByteRange(report.source!, report.eol, suggestions![0]!.range, suggestions![0]!.text);
      expect(applied).toBe(applyEdits(report.source!, finding.edits, report.eol));
      checked++;
    });
    expect(checked).toBeGreaterThan(10);
  });

  test('files unleak could not check become diagnostics', () => {
    const withError: RunResult = { ...fixture.result, findings: [], errors: [{ file: 'src/bad.ts', kind: 'parse', message: 'could not parse: x', line: 2, column: 3 }] };
    const output = JSON.parse(formatRdjson(withError, fixture.context())) as RdDiagnosticResult;
    expect(validateRdjson(output).errors).toBe('');
    expect(output.diagnostics).toEqual([
      { message: 'unleak could not check this file (parse): could not parse: x', location: { path: 'src/bad.ts', range: { start: { line: 2 } } }, severity: 'WARNING' },
    ]);
  });
});
