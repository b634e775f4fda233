#!/usr/bin/env node
/**
 * `npm run bench`: installs the fixed corpus (../shared/bench-corpus.md), then, in one
 * invocation, times unleak's dry run (cold, warm, per --jobs value), unleak --write on a
 * scratch copy, and the stock jscodeshift CLI over the same files, and prints wall time,
 * files/s, MB/s, peak RSS, unleak's per-phase times and the ratios. Results also go to
 * bench/.results/<timestamp>.json. Never part of `npm test`.
 *
 *   npm run bench [-- --runs 5] [--no-jscodeshift] [--no-write] [--jobs 1,2,4]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyCorpus, EXTENSIONS, installCorpus, listCorpus, materializeCorpus, PACKAGES, REFERENCE } from './corpus.mjs';
import { profileParseAll, profilePrefilters } from './engine-profile.mjs';
import { measure, median } from './measure.mjs';
import { fixed, formatTable, seconds, spread } from './report.mjs';

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
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=unleak-bench', '-c', 'user.email=bench@invalid', 'commit', '-q', '-m', 'benchmark corpus');
}

// ---------------------------------------------------------------------------------------------
// Runs

const unleakBin = path.join(root, 'bin', 'unleak.js');
const results = { date: new Date().toISOString(), machine, corpus: { files: corpusFiles.length, bytes: corpusBytes, packages: PACKAGES }, runs: [] };

function runUnleak(label, extraArgs, { target = filesDir, repeat = 1 } = {}) {
  const samples = [];
  for (let i = 0; i < repeat; i++) {
    const m = measure(process.execPath, [unleakBin, target, '--format', 'json', '--quiet', ...extraArgs], { cwd: root });
    if (m.status !== 0) throw new Error(`${label} exited with ${m.status}:\n${m.stderr}`);
    const json = JSON.parse(m.stdout);
    samples.push({ wallMs: m.wallMs, rss: m.rss, summary: json.summary, timings: json.timings });
  }
  const wallMs = median(samples.map((s) => s.wallMs));
  const run = {
    tool: 'unleak',
    label,
    args: extraArgs,
    samples: samples.length,
    wallMs,
    wallMsAll: samples.map((s) => Math.round(s.wallMs)),
    rssMb: median(samples.map((s) => s.rss.parentMb ?? s.rss.maxMb)),
    rssNote: 'whole process (worker threads included)',
    summary: samples[0].summary,
    timings: Object.fromEntries(Object.keys(samples[0].timings).map((phase) => [phase, median(samples.map((s) => s.timings[phase]))])),
  };
  results.runs.push(run);
  progress(`${label}: ${seconds(wallMs)} s (${spread(run.wallMsAll)})`);
  return run;
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
  if (m.status !== 0) throw new Error(`${label} exited with ${m.status}:\n${m.stderr}`);
  const run = {
    tool: 'jscodeshift',
    label,
    args: args.slice(1).map((a) => (path.isAbsolute(a) ? path.relative(root, a) : a)),
    samples: 1,
    wallMs: m.wallMs,
    wallMsAll: [Math.round(m.wallMs)],
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
cold.label = 'unleak dry run, cold (first run)';
const warm = runUnleak(`unleak dry run, warm (median of ${runs})`, [], { repeat: runs });

const jobValues = flags.jobs
  ? flags.jobs.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0)
  : [...new Set([1, 2, Math.min(cores, 4), cores].filter((n) => n <= Math.max(cores, 2)))];
const byJobs = jobValues.map((jobs) => runUnleak(`unleak dry run --jobs ${jobs} (median of ${runs})`, ['--jobs', String(jobs)], { repeat: runs }));

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
const rows = results.runs.map((run) => [
  run.label,
  seconds(run.wallMs),
  run.samples > 1 ? spread(run.wallMsAll) : '',
  fixed(rate(run.wallMs), 0),
  fixed(mbRate(run.wallMs), 1),
  run.tool === 'jscodeshift' ? `${fixed(run.rssMb, 0)} (+workers: ${fixed(run.rssWorkersMb, 0)})` : fixed(run.rssMb, 0),
  fixed(run.wallMs / warm.wallMs, 1) + '×',
]);
log('');
log(formatTable(['run', 'wall s', 'range s', 'files/s', 'MiB/s', 'peak RSS MB', 'vs unleak warm'], rows));

log('');
log('ratios (jscodeshift wall time / unleak warm dry run):');
for (const run of jscodeshiftRuns) {
  const c = run.counts;
  log(`  ${run.label}: ${fixed(run.wallMs / warm.wallMs, 1)}×  (jscodeshift: ${c.ok} ok, ${c.skipped} skipped, ${c.unmodified} unmodified, ${c.errors} errors)`);
}
log(`  unleak found ${warm.summary.findings} findings in ${warm.summary.filesWithFindings} files (${warm.summary.filesChanged} would change), ${warm.summary.errors} errors`);

const fastest = byJobs.reduce((best, run) => (run.wallMs < best.wallMs ? run : best), byJobs[0]);
log('');
log(`--jobs: ${byJobs.map((run) => `${run.args[1]} → ${seconds(run.wallMs)} s`).join(', ')}; fastest here: --jobs ${fastest.args[1]} (on ${cores} cores)`);
results.fastestJobs = Number(fastest.args[1]);

log('');
log(`unleak phases, warm dry run (ms summed over files; "print" is "fix": unleak applies text edits instead of reprinting):`);
const phaseRows = Object.entries(warm.timings).map(([phase, ms]) => [phase, fixed(ms, 1), writeRun ? fixed(writeRun.timings[phase], 1) : '-']);
const accounted = Object.values(warm.timings).reduce((a, b) => a + b, 0);
phaseRows.push(['(start-up, output, other)', fixed(warm.wallMs - accounted, 1), writeRun ? fixed(writeRun.wallMs - Object.values(writeRun.timings).reduce((a, b) => a + b, 0), 1) : '-']);
log(formatTable(['phase', 'dry run ms', '--write ms'], phaseRows));

log('');
log(`prefilter: ${prefilters.parsed} of ${prefilters.files} files would be parsed (${prefilters.tooLarge} over the 1 MiB limit); per rule: ${Object.entries(prefilters.perRule).map(([id, n]) => `${id} ${n}`).join(', ')}`);
if (parseAll) {
  const t = parseAll.timings;
  log(
    `parse-everything pass (one thread, every file as if a prefilter matched it): read ${fixed(t.read, 0)} ms, line index ${fixed(t.lineIndex, 0)} ms, ` +
      `parse ${fixed(t.parse, 0)} ms (${fixed(parseAll.files / (t.parse / 1000), 0)} files/s), walk ${fixed(t.walk, 0)} ms; ${parseAll.parseErrors} parse errors`,
  );
}
log(`load average at the end: ${machine.loadAverageAtEnd.join(' ')}`);

fs.mkdirSync(resultsDir, { recursive: true });
const resultFile = path.join(resultsDir, `${results.date.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(resultFile, JSON.stringify(results, null, 2) + '\n');
log(`results: ${path.relative(root, resultFile)}`);
