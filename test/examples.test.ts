/**
 * The bundled example app (`examples/`, the README's first command) against its expected
 * result, `examples/expected-findings.json`:
 * - the JSON agrees with the `// leak (rule, fix): …` and `// safe: …` review notes in the
 *   sources (so line numbers cannot drift, also for rules that are not registered yet);
 * - for every registered rule, the engine's findings equal the expected ones exactly (a missed
 *   leak and a false positive both fail), and no safe site gets any finding;
 * - `--write` on a copy fixes every `auto` finding: a second dry run reports none, only the
 *   files with `auto` findings change, and every changed file still parses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLanguage, SUPPORTED_EXTENSIONS } from '../src/core/language';
import { INVALID_SUPPRESSION_RULE } from '../src/engine/lint-source';
import { parseSource } from '../src/engine/parse';
import { createParseView } from '../src/core/script-blocks';
import { run, type RunOptions } from '../src/engine/run';
import type { FixLevel, RunResult } from '../src/core/finding';
import { ruleIds } from '../transforms/index';

const REPO_ROOT = path.resolve(__dirname, '..');
const EXAMPLES = 'examples';
const EXAMPLES_DIR = path.join(REPO_ROOT, EXAMPLES);

/** The rule ids of docs/catalog.md; the expected file covers all of them, registered or not. */
const CATALOG_RULES = ['fetch-timeout', 'timer-cleanup', 'listener-cleanup', 'loop-cancellation', 'unconsumed-promise', 'unsettled-promise'];
const FIX_LEVELS: readonly FixLevel[] = ['auto', 'suggestion', 'none'];

interface ExpectedFinding {
  file: string;
  rule: string;
  line: number;
  fix: FixLevel;
}

interface SafeSite {
  file: string;
  line: number;
  reason: string;
}

interface ExpectedFile {
  findings: ExpectedFinding[];
  safe: SafeSite[];
}

const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, 'expected-findings.json'), 'utf8')) as ExpectedFile;

function findingKey(finding: ExpectedFinding): string {
  return `${finding.file}:${finding.line} ${finding.rule} ${finding.fix}`;
}

function siteKey(site: { file: string; line: number }): string {
  return `${site.file}:${site.line}`;
}

function sorted(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function listSourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listSourceFiles(full);
    return SUPPORTED_EXTENSIONS.includes(path.extname(entry.name)) ? [full] : [];
  });
}

const NOTE = /^\s*\/\/ (?:leak \(([a-z-]+), ([a-z]+)\)|(safe)):/;

/**
 * Reads the review notes: a `// leak (…)` or `// safe:` comment (with any continuation comment
 * lines) applies to the first following line that is not a comment.
 */
function readNotes(): { findings: string[]; safe: string[] } {
  const findings: string[] = [];
  const safe: string[] = [];
  for (const file of listSourceFiles(EXAMPLES_DIR)) {
    const relative = path.relative(EXAMPLES_DIR, file).split(path.sep).join('/');
    let pending: Array<{ rule: string; fix: string } | 'safe'> = [];
    fs.readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((text, index) => {
        const match = NOTE.exec(text);
        if (match) pending.push(match[3] ? 'safe' : { rule: match[1]!, fix: match[2]! });
        if (/^\s*\/\//.test(text)) return;
        for (const note of pending) {
          if (note === 'safe') safe.push(siteKey({ file: relative, line: index + 1 }));
          else findings.push(`${relative}:${index + 1} ${note.rule} ${note.fix}`);
        }
        pending = [];
      });
  }
  return { findings: sorted(findings), safe: sorted(safe) };
}

function runOn(cwd: string, options: Partial<RunOptions> = {}): Promise<RunResult> {
  return run({ cwd, paths: [EXAMPLES], config: false, jobs: 1, prettier: false, ...options });
}

/** Findings as `file:line rule fix`, with `file` relative to `examples/`. */
function actualKeys(result: RunResult, rule: string): string[] {
  return sorted(
    result.findings
      .filter((finding) => finding.rule === rule)
      .map((finding) => findingKey({ ...finding, file: path.posix.relative(EXAMPLES, finding.file) })),
  );
}

describe('examples/expected-findings.json', () => {
  it('agrees with the leak and safe notes in the sources', () => {
    const notes = readNotes();
    expect(sorted(expected.findings.map(findingKey))).toEqual(notes.findings);
    expect(sorted(expected.safe.map(siteKey))).toEqual(notes.safe);
  });

  it('names only catalog rules and fix levels, each site once, on real lines', () => {
    const seen = new Set<string>();
    for (const finding of expected.findings) {
      expect(CATALOG_RULES.includes(finding.rule) || ruleIds.has(finding.rule), finding.rule).toBe(true);
      expect(FIX_LEVELS).toContain(finding.fix);
      expect(seen.has(`${siteKey(finding)} ${finding.rule}`), findingKey(finding)).toBe(false);
      seen.add(`${siteKey(finding)} ${finding.rule}`);
    }
    const leakSites = new Set(expected.findings.map(siteKey));
    for (const site of [...expected.findings, ...expected.safe]) {
      const lines = fs.readFileSync(path.join(EXAMPLES_DIR, site.file), 'utf8').split(/\r?\n/);
      expect(lines[site.line - 1]?.trim(), siteKey(site)).toBeTruthy();
    }
    for (const site of expected.safe) expect(leakSites.has(siteKey(site)), `${siteKey(site)} is both safe and a leak`).toBe(false);
  });

  it('covers every catalog rule and every fix level', () => {
    for (const rule of CATALOG_RULES) expect(expected.findings.some((finding) => finding.rule === rule), rule).toBe(true);
    for (const fix of FIX_LEVELS) expect(expected.findings.some((finding) => finding.fix === fix), fix).toBe(true);
  });
});

describe('unleak on examples/ (dry run)', () => {
  let result: RunResult;
  beforeAll(async () => {
    result = await runOn(REPO_ROOT);
  }, 120_000);

  it('reads and parses every file', () => {
    expect(result.errors).toEqual([]);
    expect(result.findings.filter((finding) => finding.rule === INVALID_SUPPRESSION_RULE)).toEqual([]);
  });

  for (const rule of [...ruleIds].sort()) {
    it(`${rule}: finds exactly the expected leaks, at the expected fix level`, () => {
      const wanted = sorted(expected.findings.filter((finding) => finding.rule === rule).map(findingKey));
      expect(actualKeys(result, rule)).toEqual(wanted);
    });
  }

  it('reports nothing on the deliberately safe sites', () => {
    const safe = new Set(expected.safe.map(siteKey));
    const onSafeSites = result.findings
      .filter((finding) => safe.has(siteKey({ file: path.posix.relative(EXAMPLES, finding.file), line: finding.line })))
      .map((finding) => `${finding.file}:${finding.line} ${finding.rule}: ${finding.message}`);
    expect(onSafeSites).toEqual([]);
  });
});

describe('unleak --write on a copy of examples/', () => {
  let tempDir: string;
  let before: RunResult;
  let written: RunResult;
  let afterOne: RunResult;
  let writtenAgain: RunResult;
  let after: RunResult;
  const original = new Map<string, string>();

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-examples-'));
    fs.cpSync(EXAMPLES_DIR, path.join(tempDir, EXAMPLES), { recursive: true });
    for (const file of listSourceFiles(path.join(tempDir, EXAMPLES))) original.set(file, fs.readFileSync(file, 'utf8'));
    before = await runOn(tempDir);
    written = await runOn(tempDir, { write: true });
    afterOne = await runOn(tempDir);
    writtenAgain = await runOn(tempDir, { write: true });
    after = await runOn(tempDir);
  }, 240_000);

  afterAll(() => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it('writes without errors', () => {
    expect(written.errors).toEqual([]);
    expect(after.errors).toEqual([]);
  });

  it('leaves no auto finding behind', () => {
    expect(after.findings.filter((finding) => finding.fix === 'auto').map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([]);
    expect(writtenAgain.errors).toEqual([]);
  });

  // Project fixes are planned on the texts the run started from: a signal one rule's fix gives a
  // function (loop-cancellation's retry loop) reaches another rule's plan (unsettled-promise
  // threads it into the wait the loop calls) on the next run, as ESLint's next fix pass would.
  it('leaves after one --write only what another rule\'s fix made possible, and a second --write finishes it', () => {
    const left = afterOne.findings.filter((finding) => finding.fix === 'auto');
    expect(left.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['examples/server-node/src/worker.ts:46 unsettled-promise']);
    expect(left[0]!.message).toMatch(/^This promise waits for 'connect'/);
    expect(left[0]!.fixDescription).toMatch(/signal parameter to connectToBus\(\).*pass the signal at 1 call site/);
  });

  it('changes exactly the files that had auto findings, and each still parses', () => {
    const changed: string[] = [];
    for (const [file, text] of original) {
      const now = fs.readFileSync(file, 'utf8');
      if (now === text) continue;
      const displayPath = path.relative(tempDir, file).split(path.sep).join('/');
      changed.push(displayPath);
      // `.vue` / `.svelte` files parse as the engine sees them: their <script> blocks.
      const view = createParseView(now.replace(/^\uFEFF/, ''), getLanguage(file)!);
      expect(() => parseSource(view.text, view.info), displayPath).not.toThrow();
    }
    const withAutoFindings = new Set(before.findings.filter((finding) => finding.fix === 'auto').map((finding) => finding.file));
    expect(sorted(changed)).toEqual(sorted(withAutoFindings));
    expect(changed.length).toBeGreaterThan(0);
  });
});
