import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFormatContext } from '../../src/report/context';
import type { RunResult } from '../../src/core/finding';
import { COLLAPSE_ABOVE_FINDINGS, formatMarkdown } from '../../src/report/markdown';
import { getReportFixture, runFixture, type ReportFixture } from './fixture';

let fixture: ReportFixture;
let markdown: string;

beforeAll(async () => {
  fixture = await getReportFixture();
  markdown = formatMarkdown(fixture.result, fixture.context());
});

afterAll(() => fs.rmSync(fixture.dir, { recursive: true, force: true }));

/** The Markdown with fenced blocks and code spans removed: what renders as markup. */
function withoutCode(text: string): string {
  return text.replace(/^\s*(`{3,})[^\n]*\n[\s\S]*?^\s*\1\s*$/gm, '').replace(/(`+)[^`]*?\1/g, '');
}

describe('markdown', () => {
  test('summary table per rule with counts by fix level', () => {
    const rows = new Map<string, number[]>();
    for (const finding of fixture.result.findings) {
      const row = rows.get(finding.rule) ?? [0, 0, 0, 0];
      row[0]!++;
      row[['auto', 'suggestion', 'none'].indexOf(finding.fix) + 1]!++;
      rows.set(finding.rule, row);
    }
    expect(rows.size).toBeGreaterThan(1);
    for (const [rule, counts] of rows) {
      const escapedRule = rule.replace(/([\\`*_[\]#|~!])/g, '\\$1');
      expect(markdown).toMatch(new RegExp(`^\\| \\[${escapedRule.replace(/[\\[\]]/g, '\\$&')}\\]\\(https://[^)]+\\) \\| ${counts.join(' \\| ')} \\|$`, 'm'));
    }
    const s = fixture.result.summary;
    expect(markdown).toContain(`| **Total** | **${s.findings}** | **${s.fixable.auto}** | **${s.fixable.suggestion}** | **${s.fixable.none}** |`);
  });

  test('long runs put each file in a collapsed section, with escaped names', () => {
    expect(fixture.result.findings.length).toBeGreaterThan(COLLAPSE_ABOVE_FINDINGS);
    const files = fixture.result.files.filter((report) => report.findings.length > 0);
    expect(markdown.match(/<details><summary><code>/g)).toHaveLength(files.length);
    expect(markdown).toContain('<summary><code>src/ui/&#60;script&#62;alert(1)&#60;img src=x onerror=window.__pwned=1&#62;.ts</code> (1 finding)</summary>');
    const markup = withoutCode(markdown);
    expect(markup).not.toMatch(/<script|<img|<b>/);
  });

  test('short runs use headings', async () => {
    const result = await runFixture(fixture.dir, { changedSince: 'HEAD' });
    expect(result.findings.length).toBeLessThanOrEqual(COLLAPSE_ABOVE_FINDINGS);
    const short = formatMarkdown(result, createFormatContext(result));
    expect(short).not.toContain('<details><summary><code>');
    expect(short).toContain('#### `src/api/crlf.ts` (1 finding)');
    expect(short).toContain(`${result.summary.findingsOutsideDiff} findings on unchanged lines not shown.`);
    expect(short).toContain('on lines changed since `HEAD`');
  });

  test('each fix shows as a small before/after diff, each report-only finding as its code', () => {
    expect(markdown).toContain("  - export const up = () => fetch('/ready')\n  + export const up = () => fetch('/ready', { signal: AbortSignal.timeout(10_000) })\n");
    expect(markdown).toContain('  - export const poll = () => fetch("/p");\n  + export const poll = () => fetch("/p", { signal: AbortSignal.timeout(10_000) });\n');
    const invalid = fixture.result.findings.find((f) => f.rule === 'invalid-suppression')!;
    expect(markdown).toContain('  ```ts\n  // unleak-ignore-next-line no-such-rule -- a typo, reported as invalid-suppression\n  ```');
    expect(markdown).toContain(`**${invalid.line}:${invalid.column}**`);
  });

  test('code holding backticks gets a longer fence', () => {
    expect(markdown).toContain('  ````diff\n  -   return fetch("/notes"); // see ```notes``` in the README');
  });

  test('repository text cannot mention people or add markup', () => {
    const evil: RunResult = {
      ...fixture.result,
      findings: [{ ...fixture.result.findings[0]!, message: 'ask @octocat [here](https://evil.example) <img src=x>' }],
    };
    const files = [{ ...fixture.result.files[0]!, findings: evil.findings }];
    const output = formatMarkdown({ ...evil, files }, fixture.context());
    expect(output).toContain('ask &#64;octocat \\[here\\](https://evil.example) &#60;img src=x&#62;');
  });

  test('stops before the comment size limit and says how many findings it left out', () => {
    const cut = formatMarkdown(fixture.result, fixture.context(), { maxLength: 2500 });
    expect(cut.length).toBeLessThan(4000);
    const shown = (cut.match(/^- \*\*\d+:\d+\*\*/gm) ?? []).length;
    expect(shown).toBeLessThan(fixture.result.findings.length);
    expect(cut).toContain(`${fixture.result.findings.length - shown} more findings not shown`);
  });
});
