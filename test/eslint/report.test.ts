/**
 * A finding as an ESLint problem (src/eslint/report.ts): positions from the engine's offsets,
 * one replacement per finding with the file's line terminator, and the hook for fixes that
 * span files (issue 11): this file's part as a suggestion, the rest named for `npx unleak --write`.
 */
import { Linter, type SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source-text';
import { toEslintFix, toEslintReport } from '../../src/eslint/report';
import type { Finding } from '../../src/core/finding';
import { languageOptionsFor, unleak } from '../helpers/eslint';

function sourceCodeOf(text: string): SourceCode {
  const linter = new Linter({ cwd: '/p' });
  linter.verify(text, [{ files: ['**/*.js'], languageOptions: languageOptionsFor('x.js')! }], { filename: '/p/a.js' });
  return linter.getSourceCode()!;
}

function finding(overrides: Partial<Finding>): Finding {
  return { rule: 'fetch-timeout', file: 'a.js', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'm', fix: 'none', confidence: 'high', edits: [], ...overrides };
}

describe('toEslintReport', () => {
  it("places a problem by the engine's offsets, where ESLint counts lines differently (U+2028 in a string)", () => {
    const code = "const note = 'a\u2028b';\nfetch(url);\n";
    const linter = new Linter({ cwd: '/p' });
    const messages = linter.verify(code, [{ files: ['**/*.js'], languageOptions: languageOptionsFor('x.js')!, plugins: { unleak }, rules: { 'unleak/fetch-timeout': 'warn' } }], { filename: '/p/a.js' });
    // ESLint counts U+2028 as a line break: `fetch` is on its line 3 (the engine's line 2).
    expect(messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)).toEqual(['3:1-3:11']);
    expect(linter.verifyAndFix(code, [{ files: ['**/*.js'], languageOptions: languageOptionsFor('x.js')!, plugins: { unleak }, rules: { 'unleak/fetch-timeout': 'warn' } }], { filename: '/p/a.js' }).output).toBe(
      "const note = 'a\u2028b';\nfetch(url, { signal: AbortSignal.timeout(10_000) });\n",
    );
  });

  it('maps auto to a fix, suggestion to a suggestion, none to a plain report', () => {
    const text = 'fetch(url);\n';
    const source = new SourceText(text);
    const sourceCode = sourceCodeOf(text);
    const edits = [{ start: 9, end: 9, text: ', { signal }' }];
    const auto = toEslintReport(finding({ fix: 'auto', edits, endColumn: 11 }), source, sourceCode);
    expect(auto).toMatchObject({ message: 'm', loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 10 } } });
    expect('fix' in auto && 'suggest' in auto).toBe(false);
    expect(typeof (auto as { fix?: unknown }).fix).toBe('function');
    const suggestion = toEslintReport(finding({ fix: 'suggestion', edits, fixDescription: 'add a signal' }), source, sourceCode) as { suggest: Array<{ desc: string }>; fix?: unknown };
    expect(suggestion.fix).toBeUndefined();
    expect(suggestion.suggest.map((s) => s.desc)).toEqual(['add a signal']);
    const none = toEslintReport(finding({}), source, sourceCode);
    expect(Object.keys(none).sort()).toEqual(['loc', 'message']);
  });

  it('offers a fix that also edits other files as a suggestion for this file, naming npx unleak --write for the rest', () => {
    const text = 'async function poll() {}\npoll();\n';
    const crossFile = finding({
      rule: 'loop-cancellation',
      fix: 'auto',
      message: '`poll` runs until the process exits.',
      fixDescription: 'thread an AbortSignal through',
      edits: [{ start: 20, end: 20, text: 'signal' }],
      otherFiles: [
        { file: 'src/a.ts', edits: [{ start: 0, end: 0, text: 'x' }] },
        { file: 'src/b.ts', edits: [{ start: 0, end: 0, text: 'y' }] },
      ],
    });
    const report = toEslintReport(crossFile, new SourceText(text), sourceCodeOf(text)) as { message: string; fix?: unknown; suggest: Array<{ desc: string }> };
    expect(report.fix).toBeUndefined();
    expect(report.message).toBe('`poll` runs until the process exits. The fix also edits 2 other files (src/a.ts, src/b.ts): run `npx unleak --write` to apply all of it.');
    expect(report.suggest.map((s) => s.desc)).toEqual(["thread an AbortSignal through (this file's part)"]);
  });
});

describe('toEslintFix', () => {
  it("merges a finding's edits into one replacement, with the file's line terminator, as --write applies them", () => {
    const source = new SourceText('a();\r\nb();\r\n');
    expect(toEslintFix([{ start: 0, end: 0, text: 'x();\n' }, { start: 6, end: 9, text: 'c\n()' }], source)).toEqual({ range: [0, 9], text: 'x();\r\na();\r\nc\r\n()' });
    // At one offset, an insertion lands before a replacement (the engine's applyEdits order).
    expect(toEslintFix([{ start: 0, end: 0, text: 'y' }, { start: 0, end: 1, text: 'z' }], source)).toEqual({ range: [0, 1], text: 'yz' });
  });
});
