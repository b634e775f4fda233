/**
 * One realistic run for every report test: the real engine on a temporary git repository of
 * leaky files, so positions and edits are what users get. The repository has a committed
 * base and changes on top (for `--changed-since`), and the awkward files every format must
 * survive: CRLF, a byte order mark with non-ASCII text before a finding (UTF-8 columns
 * differ from UTF-16 ones), no final newline, a fix line holding a run of backticks, and a
 * file whose name is HTML.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type RunOptions } from '../../src/engine/run';
import { createFormatContext, type FormatContext, type FormatContextOptions } from '../../src/report/context';
import type { RunResult } from '../../src/core/finding';

export const HTML_FILE_NAME = '<script>alert(1)<img src=x onerror=window.__pwned=1>.ts';
export const HTML_FILE = `src/ui/${HTML_FILE_NAME}`;

/** The committed base (`git diff` starts here). */
const BASE_FILES: Record<string, string> = {
  'src/api/client.ts': [
    "import { log } from './log';",
    '',
    'export async function loadUser(id: string) {',
    '  const res = await fetch(`/api/users/${id}`);',
    '  return res.json();',
    '}',
    '',
  ].join('\n'),
  'src/api/crlf.ts': ['export function ping() {', "  return fetch('/ping');", '}', ''].join('\r\n'),
  'src/ui/bom.ts': '\uFEFF' + ['// Grüße', 'export function greet() {', '  return 1;', '}', ''].join('\n'),
  // Lines stay within 80 columns once fixed (longer ones are broken, see test/engine/formatting.test.ts).
  'src/ui/no-final-newline.js': ['export const poll = () => fetch("/p");', "export const up = () => fetch('/ready')"].join('\n'),
  'src/jobs/batch.ts': [
    'export async function refreshAll(urls: string[]) {',
    '  // The same call twice: fingerprints must still differ.',
    '  await fetch(urls[0]);',
    '  await fetch(urls[0]);',
    '  await fetch(urls[2]);',
    '  await fetch(urls[3]);',
    '  await fetch(urls[4]);',
    '  await fetch(urls[5]);',
    '}',
    '',
  ].join('\n'),
};

/** The work tree on top of the base: new code in tracked files, one untracked file. */
const CHANGED_FILES: Record<string, string> = {
  'src/api/client.ts': [
    "import { log } from './log';",
    '',
    'export async function loadUser(id: string) {',
    '  const res = await fetch(`/api/users/${id}`);',
    '  return res.json();',
    '}',
    '',
    'export async function saveUser(id: string, body: string) {',
    '  const res = await fetch(`/api/users/${id}`, {',
    "    method: 'PUT',",
    '    body,',
    '  });',
    '  log(res.status);',
    '}',
    '',
    'export function notes() {',
    '  return fetch("/notes"); // see ```notes``` in the README',
    '}',
    '',
    '// unleak-ignore-next-line no-such-rule -- a typo, reported as invalid-suppression',
    'export const x = 1;',
    '',
  ].join('\n'),
  'src/api/crlf.ts': ['export function ping() {', "  return fetch('/ping');", '}', '', 'export function pong() {', "  return fetch('/pong', { method: 'POST' });", '}', ''].join('\r\n'),
  'src/ui/bom.ts': '\uFEFF' + ['// Grüße', 'export function greet() {', '  const hello = "Grüße 🌍"; return fetch(`/hello/${hello}`);', '}', ''].join('\n'),
  [HTML_FILE]: [
    "// A file whose name is markup; its code holds markup too: '</script><b>bold</b>'",
    "export const html = () => fetch('/page?q=<script>alert(2)</script>');",
    '',
  ].join('\n'),
};

export interface ReportFixture {
  /** The repository root. */
  dir: string;
  /** Dry run with `--unsafe` (so `output` holds every fix a report shows). */
  result: RunResult;
  context: (options?: FormatContextOptions) => FormatContext;
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** A fresh copy of the fixture repository (base committed, changes in the work tree). */
export function createFixtureRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-report-'));
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['config', 'user.email', 'test@example.com']);
  git(dir, ['config', 'user.name', 'unleak tests']);
  git(dir, ['config', 'core.autocrlf', 'false']);
  writeFiles(dir, BASE_FILES);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '--quiet', '-m', 'base']);
  writeFiles(dir, CHANGED_FILES);
  return dir;
}

export function runFixture(dir: string, options: RunOptions = {}): Promise<RunResult> {
  return run({ cwd: dir, config: false, prettier: false, jobs: 1, unsafe: true, ...options });
}

/**
 * Until a rule emits `suggestion` fixes, the multi-line fetch's real fix is relabelled as one,
 * so every format shows all three levels; counts are kept consistent.
 */
export function ensureSuggestion(result: RunResult): RunResult {
  if (result.findings.some((finding) => finding.fix === 'suggestion')) return result;
  const candidate = result.findings.find((finding) => finding.fix === 'auto' && finding.endLine > finding.line);
  if (!candidate) return result;
  candidate.fix = 'suggestion';
  result.summary.fixable.auto--;
  result.summary.fixable.suggestion++;
  return result;
}

/**
 * The fixture's rules are all sure of their findings (`high`); for the views that filter by
 * confidence, a copy whose findings take `high`, `medium` and `low` in turn, with the summary's
 * counts to match.
 */
export function withMixedConfidence(result: RunResult): RunResult {
  const copy = structuredClone(result);
  const levels = ['high', 'medium', 'low'] as const;
  const seen = new Map<string, (typeof levels)[number]>();
  const key = (finding: RunResult['findings'][number]): string => `${finding.file}:${finding.line}:${finding.column}:${finding.rule}`;
  copy.findings.forEach((finding, index) => {
    finding.confidence = levels[index % levels.length]!;
    seen.set(key(finding), finding.confidence);
  });
  for (const file of copy.files) for (const finding of file.findings) finding.confidence = seen.get(key(finding)) ?? finding.confidence;
  copy.summary.confidence = { high: 0, medium: 0, low: 0 };
  for (const finding of copy.findings) copy.summary.confidence[finding.confidence]++;
  return copy;
}

let shared: Promise<ReportFixture> | undefined;

/** The shared fixture, built once per test file. */
export function getReportFixture(): Promise<ReportFixture> {
  shared ??= (async () => {
    const dir = createFixtureRepository();
    const result = ensureSuggestion(await runFixture(dir));
    return { dir, result, context: (options) => createFormatContext(result, options) };
  })();
  return shared;
}

export function removeFixture(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** `git` in a directory, for tests that check a consumer (git apply, git diff). */
export function runGitIn(dir: string, args: string[]): string {
  return git(dir, args);
}
