import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunResult } from '../../src/core/finding';
import { formatHtml } from '../../src/report/html';
import { createFormatContext } from '../../src/report/context';
import { getReportFixture, HTML_FILE_NAME, withMixedConfidence, type ReportFixture } from './fixture';

let fixture: ReportFixture;
let html: string;

beforeAll(async () => {
  fixture = await getReportFixture();
  html = formatHtml(fixture.result, fixture.context());
});

afterAll(() => fs.rmSync(fixture.dir, { recursive: true, force: true }));

describe('html (static checks; the browser test renders it)', () => {
  test('every piece of repository text is escaped', () => {
    // The file name and the code both hold markup; none of it survives as markup.
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html.match(/<script/g)).toHaveLength(1); // the report's own script
    expect(html).toContain('&#60;script&#62;alert(1)&#60;img src=x onerror=window.__pwned=1&#62;.ts');
    expect(html).toContain('&#60;/script&#62;&#60;b&#62;bold&#60;/b&#62;');
    const evil: RunResult = { ...fixture.result, rules: [...fixture.result.rules, { id: '"><svg onload=alert(1)>', description: 'x', docsPath: 'x.md' }] };
    expect(formatHtml(evil, fixture.context())).not.toContain('<svg onload');
  });

  test('is self-contained: no URL is loaded, and the CSP allows only its own script and style', () => {
    // Escaped text holds no "<", so every "<...>" is one of the report's own tags.
    // Escaped values hold no '"' either, so attribute values can be blanked out.
    const tags = html.match(/<[a-z][^>]*>/gi)!.map((tag) => tag.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((tag) => /\s(src|srcset|poster|background|action|formaction)=/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /^<(link|img|iframe|object|embed|image|use)\b/i.test(tag))).toEqual([]);
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)![1]).not.toMatch(/@import|url\(/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
  });

  test('has a finding element per finding, with rule, level and confidence for the filters', () => {
    const findings = [...html.matchAll(/<article class="finding" data-rule="([^"]+)" data-level="([^"]+)" data-confidence="([^"]+)">/g)];
    expect(findings.map((m) => [m[1], m[2], m[3]])).toEqual(
      fixture.result.files.filter((f) => f.findings.length > 0).flatMap((f) => f.findings.map((finding) => [finding.rule, finding.fix, finding.confidence])),
    );
    expect(html).toContain(HTML_FILE_NAME.replace(/</g, '&#60;').replace(/>/g, '&#62;'));
  });

  test('offers a confidence filter whose choices count the findings at or above each level', () => {
    const mixed = withMixedConfidence(fixture.result);
    const page = formatHtml(mixed, createFormatContext(mixed));
    const select = /<select id="filter-confidence">([\s\S]*?)<\/select>/.exec(page)![1]!;
    const options = [...select.matchAll(/<option value="([^"]+)">[^<(]*\((\d+)\)<\/option>/g)].map((m) => [m[1], Number(m[2])]);
    const atLeast = (levels: string[]): number => mixed.findings.filter((f) => levels.includes(f.confidence)).length;
    expect(atLeast(['low'])).toBeGreaterThan(0);
    expect(atLeast(['medium'])).toBeGreaterThan(0);
    expect(options).toEqual([
      ['low', mixed.findings.length],
      ['medium', atLeast(['medium', 'high'])],
      ['high', atLeast(['high'])],
    ]);
  });

  test('charts findings per rule and per directory', () => {
    expect(html).toContain('<figure id="chart-rules">');
    expect(html).toContain('<figure id="chart-directories">');
    const directories = /<figure id="chart-directories">([\s\S]*?)<\/figure>/.exec(html)![1]!;
    expect(directories).toContain('src/jobs/');
    expect(directories).toContain('src/ui/');
  });
});
