#!/usr/bin/env node
/**
 * `npm run bench`: installs the fixed corpus (../shared/bench-corpus.md), then, in one
 * invocation, times unleak's dry run (cold, warm, per --jobs value), unleak --write on a
 * scratch copy, and the stock jscodeshift CLI over the same files, and prints wall time,
 * files/s, MB/s, peak RSS, unleak's per-phase times and the ratios. Results also go to
 * bench/.results/<timestamp>.json. Never part of `npm test`.
 *
 *   npm run bench [-- --runs 5] [--jobs 1,2,4] [--no-jscodeshift] [--no-write] [--no-projected]
 *                 [--no-parse-all] [--no-type-cost] [--no-cache]
 *
 * The type-cost rows (bench/type-cost.mjs): a dry run with every rule, with and without types,
 * beside `tsc --noEmit`, on the examples app and rxjs (from the same corpus install).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyCorpus, EXTENSIONS, installCorpus, listCorpus, materializeCorpus, PACKAGES, REFERENCE } from './corpus.mjs';
import { profileParseAll, profilePrefilters, profileProjectedPrefilter } from './engine-profile.mjs';
import { measure, median } from './measure.mjs';
import { fixed, formatTable, seconds, spread } from './report.mjs';
import { runTypeCost } from './type-cost.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const corpusDir = path.join(benchDir, '.corpus');
const filesDir = path.join(corpusDir, 'files');
const scratchDir = path.join(corpusDir, 'scratch');
const resultsDir = path.join(benchDir, '.results');
const MAX_FILE_SIZE = 1024 * 1024; // unleak's default --max-file-size

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    jobs: { type: 'string' },
    'no-jscodeshift': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'no-parse-all': { type: 'boolean', default: false },
    'no-projected': { type: 'boolean', default: false },
    'no-type-cost': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(flags.runs) || 5);
const log = (line = '') => process.stdout.write(line + '\n');
const progress = (line) => process.stderr.write(`  … ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Machine and corpus

const cores = os.availableParallelism();
const machine = {
  cores,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
};
log(`unleak benchmark — ${new Date().toISOString()}`);
log(`machine: ${cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, load average ${machine.loadAverageAtStart.join(' ')}`);
if (machine.loadAverageAtStart[0] > cores * 0.5) {
  log(`note: the machine is busy (1-minute load ${machine.loadAverageAtStart[0]} on ${cores} cores); timings will be noisy`);
}

if (!fs.existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'))) {
  log('dist/ is missing: building first (npm run build)');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

installCorpus(corpusDir, progress);
const materialized = materializeCorpus(path.join(corpusDir), filesDir);
const corpusFiles = listCorpus(filesDir);
const corpusBytes = corpusFiles.reduce((sum, file) => sum + fs.statSync(path.join(filesDir, file)).size, 0);
const corpusMb = corpusBytes / 1024 / 1024;
ensureGitRepository(filesDir);
log(`corpus: ${corpusFiles.length} files, ${fixed(corpusMb, 1)} MiB in ${path.relative(root, filesDir)}${materialized.copied ? ' (copied now)' : ''}`);
if (corpusFiles.length !== REFERENCE.files || Math.abs(corpusMb - REFERENCE.megabytes) > 1) {
  log(`WARNING: the reference corpus is ${REFERENCE.files} files, ~${REFERENCE.megabytes} MB; got ${corpusFiles.length} files, ${fixed(corpusMb, 1)} MiB — figures do not compare with the reference`);
}

/**
 * unleak lists files with `git ls-files` inside a git work tree, and bench/.corpus/ is
 * git-ignored in this repository; so the corpus folder is its own repository, committed once,
 * as a real project would be (this also keeps --write's clean-tree check meaningful).
 */
function ensureGitRepository(dir) {
  if (fs.existsSync(path.join(dir, '.git'))) return;
  const git = (...args) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' });
  try {
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=unleak-bench', '-c', 'user.email=bench@invalid', 'commit', '-q', '-m', 'benchmark corpus');
  } catch (error) {
    fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
    log(`note: could not make the corpus a git repository (${error.message.split('\n')[0]}); unleak will walk it without git`);
  }
}

// ---------------------------------------------------------------------------------------------
// Runs

const unleakBin = path.join(root, 'bin', 'unleak.js');
const results = { date: new Date().toISOString(), machine, corpus: { files: corpusFiles.length, bytes: corpusBytes, packages: PACKAGES }, runs: [] };

function runUnleak(label, extraArgs, { target = filesDir, repeat = 1, nodeArgs = [], group = 'current' } = {}) {
  const samples = [];
  for (let i = 0; i < repeat; i++) {
    const m = measure(process.execPath, [...nodeArgs, unleakBin, target, '--format', 'json', '--quiet', ...extraArgs], { cwd: root });
    if (m.status !== 0) throw new Error(`${label} exited with ${m.status}:\n${m.stderr}`);
    const json = JSON.parse(m.stdout);
    samples.push({ wallMs: m.wallMs, cpuMs: m.cpuMs, rss: m.rss, summary: json.summary, timings: json.timings });
  }
  const wallMs = median(samples.map((s) => s.wallMs));
  const run = {
    tool: 'unleak',
    group,
    label,
    args: extraArgs,
    samples: samples.length,
    wallMs,
    wallMsAll: samples.map((s) => Math.round(s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    rssMb: median(samples.map((s) => s.rss.parentMb ?? s.rss.maxMb)),
    rssNote: 'whole process (worker threads included)',
    summary: samples[0].summary,
    timings: Object.fromEntries(Object.keys(samples[0].timings).map((phase) => [phase, median(samples.map((s) => s.timings[phase]))])),
  };
  results.runs.push(run);
  progress(`${label}: ${seconds(wallMs)} s (${spread(run.wallMsAll)})`);
  return run;
}

/**
 * `--cache`, second run on the unchanged corpus (issue 13's target: 0.3 s): a first run fills a
 * fresh cache file in the bench's own folder (never in the corpus), then the median of the
 * second runs. Its report must equal the uncached run's; the row is the cache's own.
 */
function runCacheSecondRun() {
  const cacheFile = path.join(resultsDir, `cache-${process.pid}.json`);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(cacheFile, { force: true });
  const args = ['--cache', '--cache-location', cacheFile];
  runUnleak('unleak --cache, first run (fills the cache)', args);
  const second = runUnleak(`unleak --cache, second run, unchanged corpus (median of ${runs})`, args, { repeat: runs });
  fs.rmSync(cacheFile, { force: true });
  return second;
}

const JSCODESHIFT_EXTENSIONS = EXTENSIONS.map((e) => e.slice(1)).join(',');

function parseJscodeshiftCounts(stdout) {
  const count = (name) => Number(new RegExp(`(\\d+) ${name}`).exec(stdout)?.[1] ?? NaN);
  return { errors: count('errors'), unmodified: count('unmodified'), skipped: count('skipped'), ok: count('ok') };
}

function runJscodeshift(label, transform, extraArgs = []) {
  const bin = path.join(root, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
  const args = [bin, '-t', transform, '--parser=tsx', `--extensions=${JSCODESHIFT_EXTENSIONS}`, '--dry', ...extraArgs, filesDir];
  const m = measure(process.execPath, args, { cwd: root });
  // jscodeshift exits 0 even when files fail to parse; anything else is worth seeing, not fatal.
  if (m.status !== 0) log(`note: ${label} exited with ${m.status}: ${m.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  const run = {
    tool: 'jscodeshift',
    status: m.status,
    group: 'current',
    label,
    args: args.slice(1).map((a) => (path.isAbsolute(a) ? path.relative(root, a) : a)),
    samples: 1,
    wallMs: m.wallMs,
    wallMsAll: [Math.round(m.wallMs)],
    cpuMs: m.cpuMs,
    rssMb: m.rss.parentMb,
    rssWorkersMb: m.rss.sumMb,
    rssNote: `parent ${fixed(m.rss.parentMb, 0)} MB; ${m.rss.processes} Node processes, peaks summed ${fixed(m.rss.sumMb, 0)} MB`,
    counts: parseJscodeshiftCounts(m.stdout),
  };
  results.runs.push(run);
  progress(`${label}: ${seconds(m.wallMs)} s`);
  return run;
}

log('');
log('running (each unleak row is the median of the warm runs; the cold row is the first run) …');
const cold = runUnleak('unleak dry run, cold (first run)', []);
const warm = runUnleak(`unleak dry run, warm (median of ${runs})`, [], { repeat: runs });

const jobValues = flags.jobs
  ? flags.jobs.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0)
  : [...new Set([1, 2, Math.min(cores, 4), cores].filter((n) => n <= Math.max(cores, 2)))];
const byJobs = jobValues.map((jobs) => runUnleak(`unleak dry run --jobs ${jobs} (median of ${runs})`, ['--jobs', String(jobs)], { repeat: runs }));

const cacheRun = flags['no-cache'] ? null : runCacheSecondRun();

let writeRun = null;
if (!flags['no-write']) {
  copyCorpus(filesDir, scratchDir);
  writeRun = runUnleak('unleak --write (scratch copy)', ['--write'], { target: scratchDir });
  fs.rmSync(scratchDir, { recursive: true, force: true });
}

const jscodeshiftRuns = [];
if (!flags['no-jscodeshift']) {
  jscodeshiftRuns.push(runJscodeshift('jscodeshift -t transforms/fetch-timeout.ts', path.join(root, 'transforms', 'fetch-timeout.ts')));
  jscodeshiftRuns.push(
    runJscodeshift('jscodeshift -t dist/transforms/fetch-timeout.js', path.join(root, 'dist', 'transforms', 'fetch-timeout.js'), ['--no-babel']),
  );
  jscodeshiftRuns.push(
    runJscodeshift('jscodeshift, classic recast transform', path.join(benchDir, 'jscodeshift-classic-fetch-timeout.cjs'), ['--no-babel']),
  );
}

// The full rule set of LEAKS.md does not exist yet; this probe rule gives the engine the parse
// and walk load it will have (see bench/projected-rule.cjs).
const projectedRuns = [];
if (!flags['no-projected']) {
  const projectedRepeat = Math.min(runs, 3);
  const nodeArgs = ['--require', path.join(benchDir, 'projected-rule.cjs')];
  for (const jobs of jobValues) {
    projectedRuns.push(
      runUnleak(`projected all-rules dry run --jobs ${jobs} (median of ${projectedRepeat})`, ['--jobs', String(jobs)], {
        repeat: projectedRepeat,
        nodeArgs,
        group: 'projected',
      }),
    );
  }
}

progress('prefilter hits and a parse-everything pass (in-process) …');
const prefilters = profilePrefilters(root, filesDir, corpusFiles, MAX_FILE_SIZE);
const parseAll = flags['no-parse-all'] ? null : profileParseAll(root, filesDir, corpusFiles, MAX_FILE_SIZE);
results.prefilters = prefilters;
results.parseAll = parseAll;
machine.loadAverageAtEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);

// ---------------------------------------------------------------------------------------------
// Report

const rate = (ms) => corpusFiles.length / (ms / 1000);
const mbRate = (ms) => corpusMb / (ms / 1000);
const rssCell = (run) => (run.tool === 'jscodeshift' ? `${fixed(run.rssMb, 0)} (all: ${fixed(run.rssWorkersMb, 0)})` : fixed(run.rssMb, 0));
const rows = results.runs.map((run) => [
  run.label,
  seconds(run.wallMs),
  run.samples > 1 ? spread(run.wallMsAll) : '',
  seconds(run.cpuMs),
  fixed(rate(run.wallMs), 0),
  fixed(mbRate(run.wallMs), 1),
  rssCell(run),
  fixed(run.wallMs / warm.wallMs, 1) + '×',
]);
log('');
log(formatTable(['run', 'wall s', 'range s', 'CPU s', 'files/s', 'MiB/s', 'peak RSS MB', 'vs unleak warm'], rows));
log('CPU s = user + system time of every process of the run (also its worker threads and forked workers).');
log('jscodeshift RSS: its parent process, and (all:) the peaks of every process it started, summed.');

log('');
log('ratios (wall time of jscodeshift / wall time of the warm unleak dry run):');
for (const run of jscodeshiftRuns) {
  const c = run.counts;
  log(`  ${run.label}: ${fixed(run.wallMs / warm.wallMs, 1)}×  (jscodeshift: ${c.ok} ok, ${c.skipped} skipped, ${c.unmodified} unmodified, ${c.errors} errors)`);
}
log(`  unleak: ${warm.summary.findings} findings in ${warm.summary.filesWithFindings} files (${warm.summary.filesChanged} would change), ${warm.summary.errors} errors`);

const fastestOf = (list) => list.reduce((best, run) => (run.wallMs < best.wallMs ? run : best), list[0]);
const describeJobs = (list) => list.map((run) => `${run.args[1]} → ${seconds(run.wallMs)} s`).join(', ');
log('');
log(`--jobs, current rules: ${describeJobs(byJobs)}; fastest here: --jobs ${fastestOf(byJobs).args[1]} (${cores} cores)`);
results.fastestJobs = Number(fastestOf(byJobs).args[1]);
if (projectedRuns.length > 0) {
  log(`--jobs, projected all rules: ${describeJobs(projectedRuns)}; fastest here: --jobs ${fastestOf(projectedRuns).args[1]}`);
  results.fastestJobsProjected = Number(fastestOf(projectedRuns).args[1]);
}

log('');
log('unleak phases (ms summed over files, and over worker threads with --jobs > 1).');
log('"print" in other tools is "fix" here: unleak applies text edits to the original text instead of reprinting an AST.');
const phaseColumns = [
  ['dry run (warm)', warm],
  ['--write', writeRun],
  ...projectedRuns.filter((run) => run.args[1] === '1').map((run) => ['projected --jobs 1', run]),
].filter(([, run]) => run);
const phases = Object.keys(warm.timings);
const phaseRows = phases.map((phase) => [phase, ...phaseColumns.map(([, run]) => fixed(run.timings[phase], 1))]);
phaseRows.push([
  '(start-up, output, other)',
  ...phaseColumns.map(([, run]) => fixed(run.wallMs - Object.values(run.timings).reduce((a, b) => a + b, 0), 1)),
]);
log(formatTable(['phase', ...phaseColumns.map(([title]) => title)], phaseRows));

log('');
log(
  `prefilter: ${prefilters.parsed} of ${prefilters.files} files get parsed (${prefilters.tooLarge} over the 1 MiB limit); ` +
    `per rule: ${Object.entries(prefilters.perRule).map(([id, n]) => `${id} ${n}`).join(', ')}`,
);
if (projectedRuns.length > 0) {
  const projected = profileProjectedPrefilter(root, filesDir, corpusFiles, MAX_FILE_SIZE);
  results.projectedPrefilter = projected;
  log(
    `projected: the probe rule's prefilter (LEAKS.md acquisition tokens) lets ${projected.files} files through, ` +
      `${fixed(projected.bytes / 1024 / 1024, 1)} MiB of ${fixed(corpusMb, 1)} MiB (the large files tend to match)`,
  );
}
if (parseAll) {
  const t = parseAll.timings;
  log(
    `parse-everything pass (in-process, one thread, every file): read ${fixed(t.read, 0)} ms, line index ${fixed(t.lineIndex, 0)} ms, ` +
      `parse ${fixed(t.parse, 0)} ms (${fixed(parseAll.files / (t.parse / 1000), 0)} files/s), walk ${fixed(t.walk, 0)} ms; ${parseAll.parseErrors} parse errors`,
  );
}
if (!flags['no-type-cost']) results.typeCost = runTypeCost({ corpusDir, runs: Math.min(runs, 3), log });
machine.loadAverageAtEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);
log(`load average at the end: ${machine.loadAverageAtEnd.join(' ')} (${cores} cores)`);

fs.mkdirSync(resultsDir, { recursive: true });
const resultFile = path.join(resultsDir, `${results.date.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(resultFile, JSON.stringify(results, null, 2) + '\n');
log(`results: ${path.relative(root, resultFile)}`);

