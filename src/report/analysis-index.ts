/**
 * docs/analysis.md: one line per shared analysis helper (src/analysis/*.ts), taken from the
 * first sentence of its header comment (`npm run docs:analysis` rewrites it; a test fails when
 * it is out of date), so a rule author can find what exists before writing it again.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The first sentence of a file's leading `/** … *\/` comment, or `null` when it has none. */
export function getHeaderSummary(text: string): string | null {
  const match = /^\/\*\*([\s\S]*?)\*\//.exec(text);
  if (!match) return null;
  const prose = match[1]!
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.+?[.:])(?:\s|$)/.exec(prose)?.[1] ?? prose;
  return sentence.replace(/:$/, '.');
}

export function renderAnalysisIndex(analysisDir: string): string {
  const files = fs
    .readdirSync(analysisDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  const rows = files.map((file) => {
    const summary = getHeaderSummary(fs.readFileSync(path.join(analysisDir, file), 'utf8')) ?? '(no header comment)';
    return `| [\`${file}\`](../src/analysis/${file}) | ${summary.replace(/\|/g, '\\|')} |`;
  });
  return [
    '# Shared analysis helpers',
    '',
    'Generated from each file\'s header comment by `npm run docs:analysis` (a test checks it is current).',
    'Shared AST knowledge lives here once: look for what exists before writing a helper in a rule.',
    'How the cleanup rules use them: [owner-scopes.md](owner-scopes.md).',
    '',
    '| file | what it answers |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export function updateAnalysisIndex(root = path.resolve(__dirname, '../../..')): void {
  const target = path.join(root, 'docs/analysis.md');
  const text = renderAnalysisIndex(path.join(root, 'src/analysis'));
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) fs.writeFileSync(target, text);
}
