#!/usr/bin/env node
/**
 * The cost of type information (issue 10): on projects with a tsconfig, unleak's dry run with
 * every rule (unconsumed-promise builds the tsconfig's program), the same with --no-types, and
 * `tsc --noEmit` on the same project. Goal: the typed dry run ≤ 1.5× tsc.
 *
 * Projects: the examples app (examples/, its tsconfig) and rxjs 7.8.2 from the bench corpus's
 * install (its tsconfig.json and src/: 251 TypeScript files), copied into
 * bench/.corpus/projects/rxjs as a git repository of its own. `npm run bench` runs this after
 * its own rows; alone: `node bench/type-cost.mjs [--corpus <dir with node_modules/rxjs>]
 * [--runs 3]`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measure, median } from './measure.mjs';
import { fixed, formatTable, seconds, spread } from './report.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);

/** Copies rxjs's tsconfig.json and src/ out of `<corpusDir>/node_modules` (unleak skips node_modules). */
function materializeRxjs(corpusDir) {
  const from = path.join(corpusDir, 'node_modules', 'rxjs');
  if (!fs.existsSync(path.join(from, 'tsconfig.json'))) return null;
  const to = path.join(corpusDir, 'projects', 'rxjs');
  if (!fs.existsSync(to)) {
    fs.mkdirSync(to, { recursive: true });
    fs.copyFileSync(path.join(from, 'tsconfig.json'), path.join(to, 'tsconfig.json'));
    fs.cpSync(path.join(from, 'src'), path.join(to, 'src'), { recursive: true });
    const git = (...args) => execFileSync('git', ['-C', to, ...args], { stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=unleak-bench', '-c', 'user.email=bench@invalid', 'commit', '-q', '-m', 'rxjs project');
  }
  return to;
}

function timed(label, command, args, runs, { cwd = root, expectStatus = [0] } = {}) {
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = measure(command, args, { cwd });
    if (!expectStatus.includes(last.status)) throw new Error(`${label} exited with ${last.status}:\n${last.stderr}${last.stdout.slice(0, 2000)}`);
    samples.push(last);
  }
  return { label, wallMs: median(samples.map((s) => s.wallMs)), wallMsAll: samples.map((s) => Math.round(s.wallMs)), rssMb: median(samples.map((s) => s.rss.parentMb ?? s.rss.maxMb)), last };
}

const tscMajor = Number(JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version.split('.')[0]);
/** tsc flags for a full check of the project as it is (see runTypeCost). */
const TSC_FULL_CHECK = ['--noEmit', '--incremental', 'false', ...(tscMajor >= 6 ? ['--ignoreDeprecations', `${tscMajor}.0`] : [])];

export function runTypeCost({ corpusDir, runs = 3, log = (line) => process.stdout.write(line + '\n') }) {
  const unleak = path.join(root, 'bin', 'unleak.js');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const projects = [['examples app', path.join(root, 'examples')]];
  const rxjs = corpusDir ? materializeRxjs(corpusDir) : null;
  if (rxjs) projects.push(['rxjs 7.8.2 (251 .ts)', rxjs]);
  else log('type cost: no rxjs in the corpus install; only the examples app');
  const results = [];
  for (const [name, dir] of projects) {
    const args = [unleak, dir, '--format', 'json', '--quiet', '--no-prettier'];
    const typed = timed(`${name}: unleak, every rule, with types`, process.execPath, args, runs);
    const untyped = timed(`${name}: unleak, every rule, --no-types`, process.execPath, [...args, '--no-types'], runs);
    // tsc exits 2 when the project has type errors; the time is what counts here. Two flags keep
    // the comparison honest: `--incremental false` (a tsconfig with `incremental`, as rxjs's, makes
    // the second tsc run read its .tsbuildinfo and skip the check), and TypeScript 6's
    // `--ignoreDeprecations` (an option TypeScript 6 deprecates, as rxjs's `baseUrl`, is an error
    // that stops tsc before it checks anything: it then takes a third of the time).
    const checked = timed(`${name}: tsc --noEmit`, process.execPath, [tsc, '-p', dir, ...TSC_FULL_CHECK, '--extendedDiagnostics'], runs, { expectStatus: [0, 1, 2] });
    if (!/^Check time:/m.test(checked.last.stdout)) log(`  warning: tsc did not type-check ${name} (no "Check time" in --extendedDiagnostics): the ratio is not meaningful`);
    const summary = JSON.parse(typed.last.stdout).summary;
    const plain = JSON.parse(untyped.last.stdout).summary;
    results.push({ name, typed, untyped, checked, typeInfo: summary.typeInfo, findings: summary.findings, findingsNoTypes: plain.findings, tscErrors: (checked.last.stdout.match(/error TS/g) ?? []).length });
  }
  const rows = results.flatMap((r) =>
    [r.typed, r.untyped, r.checked].map((run) => [run.label, seconds(run.wallMs), spread(run.wallMsAll), fixed(run.rssMb, 0), `${fixed(run.wallMs / r.checked.wallMs, 2)}×`]),
  );
  log('');
  log(`type information cost (median of ${runs}; goal: unleak with types ≤ 1.5× tsc --noEmit)`);
  log(formatTable(['run', 'wall s', 'range s', 'peak RSS MB', 'vs tsc'], rows));
  for (const r of results) {
    const used = r.typeInfo?.tsconfigs?.join(', ') || r.typeInfo?.none || '-';
    log(`  ${r.name}: ${r.findings} findings with types, ${r.findingsNoTypes} without; programs: ${used}; tsc: ${r.tscErrors} errors`);
  }
  return results.map((r) => ({
    project: r.name,
    typedMs: r.typed.wallMs,
    noTypesMs: r.untyped.wallMs,
    tscMs: r.checked.wallMs,
    ratio: r.typed.wallMs / r.checked.wallMs,
    findings: r.findings,
    findingsNoTypes: r.findingsNoTypes,
    typeInfo: r.typeInfo,
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, runs: { type: 'string', default: '3' } } });
  runTypeCost({ corpusDir: values.corpus ?? path.join(benchDir, '.corpus'), runs: Math.max(1, Number(values.runs) || 3) });
}
