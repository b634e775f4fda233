/**
 * docs/analysis.md: one line per shared analysis helper (src/analysis/, by folder), taken from the
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

/** What each folder of the shared analysis holds, for the index's section headings. */
const FOLDER_TITLES: Readonly<Record<string, string>> = {
  syntax: 'Syntax and bindings: scopes, references, expressions, the shape of code',
  edits: 'Edit builders: text edits that insert statements, imports, properties and names',
  lifecycle: 'Lifecycles and owners: where code lives, when its owner ends, where a release goes',
  resources: 'Resources: what acquires and releases, handles, signals and promises',
};

function listModules(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
}

function renderRows(dir: string, link: string): string[] {
  return listModules(dir).map((file) => {
    const summary = getHeaderSummary(fs.readFileSync(path.join(dir, file), 'utf8')) ?? '(no header comment)';
    return `| [\`${file}\`](${link}/${file}) | ${summary.replace(/\|/g, '\\|')} |`;
  });
}

/** docs/analysis.md for the shared analysis under `analysisDir` (`src/analysis`), folder by folder. */
export function renderAnalysisIndex(analysisDir: string): string {
  const sections: string[] = [];
  const top = renderRows(analysisDir, '../src/analysis');
  if (top.length > 0) sections.push('| file | what it answers |', '| --- | --- |', ...top, '');
  const folders = fs
    .readdirSync(analysisDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const rows = renderRows(path.join(analysisDir, folder), `../src/analysis/${folder}`);
    if (rows.length === 0) continue;
    sections.push(`## \`${folder}/\` — ${FOLDER_TITLES[folder] ?? folder}`, '', '| file | what it answers |', '| --- | --- |', ...rows, '');
  }
  return [
    '# Shared analysis helpers',
    '',
    'Generated from each file\'s header comment by `npm run docs:analysis` (a test checks it is current).',
    'What two or more rules need lives here once; a helper only one rule uses lives in that rule\'s',
    'folder (`transforms/<rule-id>/`), and the primitives every layer uses (the walk, source text,',
    'code style, the finding model) in `src/core/`. Look for what exists before writing a helper.',
    'How the cleanup rules use them: [owner-scopes.md](owner-scopes.md); the layers:',
    '[architecture.md](architecture.md).',
    '',
    ...sections,
  ].join('\n');
}

/** The package root: the nearest folder above this module with a package.json. */
export function findPackageRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export function updateAnalysisIndex(root = findPackageRoot(__dirname)): void {
  const target = path.join(root, 'docs/analysis.md');
  const text = renderAnalysisIndex(path.join(root, 'src/analysis'));
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) fs.writeFileSync(target, text);
}
