#!/usr/bin/env node
/**
 * `npm run bench`: installs the fixed corpus (../shared/bench-corpus.md), then, in one
 * invocation, measures whatever `bin/unleak.js` is built (dist/) against issue 13's targets:
 *
 * - unleak, every rule, dry run: cold (the first unleak process of the invocation) and warm
 *   (median of --runs), whole-process wall time, user+sys CPU, peak RSS, files/s, MiB/s;
 * - the baseline beside it: the same build with the first three rules (`--rules
 *   fetch-timeout,timer-cleanup,listener-cleanup`), and with `--baseline-rev <rev>` a previous
 *   version built from git into a temp folder;
 * - oxlint (devDependency, its default rules and threads) on the same files, cold and warm,
 *   its warm samples interleaved with unleak's, and the unleak/oxlint ratio;
 * - the floor under a dry run (bench/parse-floor.mjs): a fresh process that only reads,
 *   prefilters and parses with babel the files a dry run parses — no rule;
 * - the `--cache` second run on the unchanged corpus;
 * - with `--big`: a dry run on a 50,000-file synthetic monorepo made from the corpus.
 *
 * Every row says PASS/MISS against its target. Results also go to bench/.results/<date>.json.
 * Never part of `npm test`. See bench/README.md.
 *
 *   npm run bench [-- --runs 5 | --quick] [--big [--big-files 50000]] [--baseline-rev <rev>]
 *                 [--no-oxlint] [--no-cache] [--no-baseline] [--no-floor]
 *                 [--jobs 1,2] [--write] [--jscodeshift] [--parse-all] [--type-cost] [--all]
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
import { buildRevision } from './revision.mjs';
import { materializeMonorepo } from './synthetic.mjs';
import { ratio, TARGETS, verdict, verdictCell } from './targets.mjs';
import { runTypeCost } from './type-cost.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const corpusDir = path.join(benchDir, '.corpus');
const filesDir = path.join(corpusDir, 'files');
const scratchDir = path.join(corpusDir, 'scratch');
const resultsDir = path.join(benchDir, '.results');
const MAX_FILE_SIZE = 1024 * 1024; // unleak's default --max-file-size
const BASELINE_RULES = 'fetch-timeout,timer-cleanup,listener-cleanup';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    big: { type: 'boolean', default: false },
    'big-files': { type: 'string', default: '50000' },
    'baseline-rev': { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    'no-oxlint': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    // extra rows, off by default (they add minutes): the earlier issues' comparisons
    jobs: { type: 'string' },
    write: { type: 'boolean', default: false },
    jscodeshift: { type: 'boolean', default: false },
    'parse-all': { type: 'boolean', default: false },
    'type-cost': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(flags.runs) || (flags.quick ? 3 : 5));
const bigFiles = Math.max(1, Number(flags['big-files']) || 50000);
const extra = (name) => flags.all || flags[name];
const log = (line = '') => process.stdout.write(line + '\n');
const progress = (line) => process.stderr.write(`  … ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Machine and corpus

const cores = os.availableParallelism();
const load = () => os.loadavg().map((v) => Math.round(v * 100) / 100);
const machine = {
  cores,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadAverageAtStart: load(),
};
log(`unleak benchmark — ${new Date().toISOString()}`);
log(`machine: ${cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, load average ${machine.loadAverageAtStart.join(' ')}`);
if (machine.loadAverageAtStart[0] > cores * 0.5) {
  log(`note: the machine is busy (1-minute load ${machine.loadAverageAtStart[0]} on ${cores} cores); wall times will be noisy, CPU times less so`);
}

if (!fs.existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'))) {
  log('dist/ is missing: building first (npm run build)');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

installCorpus(corpusDir, progress);
const materialized = materializeCorpus(corpusDir, filesDir);
const corpusFiles = listCorpus(filesDir);
const corpusBytes = corpusFiles.reduce((sum, file) => sum + fs.statSync(path.join(filesDir, file)).size, 0);
const corpusMb = corpusBytes / 1024 / 1024;
ensureGitRepository(filesDir, 'benchmark corpus');
log(`corpus: ${corpusFiles.length} files, ${fixed(corpusMb, 1)} MiB in ${path.relative(root, filesDir)}${materialized.copied ? ' (copied now)' : ''}`);
if (corpusFiles.length !== REFERENCE.files || Math.abs(corpusMb - REFERENCE.megabytes) > 1) {
  log(`WARNING: the reference corpus is ${REFERENCE.files} files, ~${REFERENCE.megabytes} MB; got ${corpusFiles.length} files, ${fixed(corpusMb, 1)} MiB — figures do not compare with the reference`);
}

/**
 * unleak lists files with `git ls-files` inside a git work tree, and bench/.corpus/ is
 * git-ignored in this repository; so the corpus folder is its own repository, committed once,
 * as a real project would be (this also keeps --write's clean-tree check meaningful).
 */
function ensureGitRepository(dir, message) {
  if (fs.existsSync(path.join(dir, '.git'))) return;
  const git = (...args) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' });
  try {
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=unleak-bench', '-c', 'user.email=bench@invalid', 'commit', '-q', '-m', message);
  } catch (error) {
    fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
    log(`note: could not make ${dir} a git repository (${error.message.split('\n')[0]}); unleak will walk it without git`);
  }
}

// ---------------------------------------------------------------------------------------------
// Samples and rows

const unleakBin = path.join(root, 'bin', 'unleak.js');
const oxlintBin = path.join(root, 'node_modules', 'oxlint', 'bin', 'oxlint');
const corpusSize = { files: corpusFiles.length, bytes: corpusBytes };
const results = { date: new Date().toISOString(), machine, corpus: { ...corpusSize, packages: PACKAGES }, runs: [], checks: [] };

/** One unleak process: `{ wallMs, cpuMs, rssMb, summary, timings, findings }`. */
function sampleUnleak(label, extraArgs, { target = filesDir, bin = unleakBin } = {}) {
  const m = measure(process.execPath, [bin, target, '--format', 'json', '--quiet', ...extraArgs], { cwd: root });
  // exit 1 is --check's "findings remain"; a dry run without --check exits 0
  if (m.status !== 0) throw new Error(`${label} exited with ${m.status}:\n${m.stderr.slice(0, 4000)}`);
  const json = JSON.parse(m.stdout);
  progress(`${label}: ${seconds(m.wallMs)} s wall, ${seconds(m.cpuMs)} s CPU`);
  const byRuleAndFix = {};
  for (const finding of json.findings) {
    const key = `${finding.rule} ${finding.fix}`;
    byRuleAndFix[key] = (byRuleAndFix[key] ?? 0) + 1;
  }
  return { wallMs: m.wallMs, cpuMs: m.cpuMs, rssMb: m.rss.parentMb ?? m.rss.maxMb, summary: json.summary, timings: json.timings ?? {}, byRuleAndFix };
}

/**
 * One oxlint process on the same folder, with its default configuration (no config file in the
 * corpus) and its default thread count. Exit 1 means "diagnostics found", not a failure.
 */
function sampleOxlint(target = filesDir, extraArgs = []) {
  const m = measure(process.execPath, [oxlintBin, ...extraArgs, '.'], { cwd: target });
  if (m.status !== 0 && m.status !== 1) throw new Error(`oxlint exited with ${m.status}:\n${m.stderr.slice(0, 2000)}${m.stdout.slice(-2000)}`);
  const finished = /Finished in \S+ on (\d+) files? with (\d+) rules? using (\d+) threads?/.exec(m.stdout);
  const found = /Found (\d+) warnings? and (\d+) errors?/.exec(m.stdout);
  progress(`oxlint: ${seconds(m.wallMs)} s wall, ${seconds(m.cpuMs)} s CPU`);
  return {
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    rssMb: m.rss.parentMb ?? m.rss.maxMb,
    oxlint: {
      files: finished ? Number(finished[1]) : null,
      rules: finished ? Number(finished[2]) : null,
      threads: finished ? Number(finished[3]) : null,
      warnings: found ? Number(found[1]) : null,
      errors: found ? Number(found[2]) : null,
    },
  };
}

/**
 * One bench/parse-floor.mjs process: read, prefilter and babel-parse the files a dry run parses,
 * nothing else. Its own figures (in-process parse time, cold and warm JIT) come back as JSON.
 */
function sampleFloor() {
  const m = measure(process.execPath, [path.join(benchDir, 'parse-floor.mjs'), root, filesDir], { cwd: root });
  if (m.status !== 0) throw new Error(`parse-floor exited with ${m.status}:\n${m.stderr.slice(0, 2000)}`);
  const floor = JSON.parse(m.stdout);
  progress(`floor (read, prefilter, parse): ${seconds(m.wallMs)} s wall, ${seconds(m.cpuMs)} s CPU, of it parse ${seconds(floor.parseMs)} s`);
  return { wallMs: m.wallMs, cpuMs: m.cpuMs, rssMb: m.rss.parentMb ?? m.rss.maxMb, floor };
}

/** Medians of a list of samples, as one table row. `checks`: `[{ key, value(row) }]`. */
function addRow(label, tool, samples, { size = corpusSize, checks = [], note } = {}) {
  const row = {
    tool,
    label,
    samples: samples.length,
    wallMs: median(samples.map((s) => s.wallMs)),
    wallMsAll: samples.map((s) => Math.round(s.wallMs)),
    cpuMs: samples.every((s) => s.cpuMs !== null) ? median(samples.map((s) => s.cpuMs)) : null,
    rssMb: samples.every((s) => s.rssMb !== null) ? median(samples.map((s) => s.rssMb)) : null,
    files: size.files,
    bytes: size.bytes,
    note,
    first: samples[0],
  };
  row.checks = checks.map(({ key, value }) => ({ key, target: TARGETS[key], value: value(row) }));
  row.timings = samples[0].timings
    ? Object.fromEntries(Object.keys(samples[0].timings).map((phase) => [phase, median(samples.map((s) => s.timings[phase] ?? 0))]))
    : undefined;
  results.runs.push(row);
  return row;
}

const wallCheck = (key) => ({ key, value: (row) => row.wallMs });
const rssCheck = (key = 'rssMb') => ({ key, value: (row) => row.rssMb });

// ---------------------------------------------------------------------------------------------
// Runs

let oxlintProblem = null;
if (!flags['no-oxlint'] && !fs.existsSync(oxlintBin)) oxlintProblem = 'oxlint is not installed (npm install: it is a devDependency)';
const withOxlint = !flags['no-oxlint'] && !oxlintProblem;
const revision = flags['baseline-rev'] ? buildRevision(root, flags['baseline-rev'], { log, progress }) : null;

log('');
log(`running (cold = the first process of its kind in this invocation; warm = median of ${runs}, the tools' samples interleaved) …`);
const coldSample = sampleUnleak('unleak, every rule, cold', []);
let oxlintCold = null;
if (withOxlint) {
  try {
    oxlintCold = sampleOxlint();
  } catch (error) {
    oxlintProblem = error.message.split('\n').slice(0, 3).join(' / ');
  }
}

const warmSamples = [];
const baselineSamples = [];
const revisionSamples = [];
const oxlintSamples = [];
const floorSamples = [];
let floorProblem = null;
for (let i = 0; i < runs; i++) {
  warmSamples.push(sampleUnleak('unleak, every rule, warm', []));
  if (!flags['no-baseline']) baselineSamples.push(sampleUnleak('unleak, three rules', ['--rules', BASELINE_RULES]));
  if (revision) revisionSamples.push(sampleUnleak(`unleak ${flags['baseline-rev']}`, [], { bin: revision.bin }));
  if (oxlintCold) oxlintSamples.push(sampleOxlint());
  if (!flags['no-floor'] && !floorProblem) {
    try {
      floorSamples.push(sampleFloor());
    } catch (error) {
      floorProblem = error.message.split('\n').slice(0, 3).join(' / ');
    }
  }
}

const cold = addRow('unleak, every rule, dry run, cold (first run)', 'unleak', [coldSample], {
  checks: [wallCheck('coldWallMs'), rssCheck()],
});
const warm = addRow(`unleak, every rule, dry run, warm (median of ${runs})`, 'unleak', warmSamples, {
  checks: [wallCheck('warmWallMs'), rssCheck()],
});
const baseline = baselineSamples.length
  ? addRow(`baseline: same build, 3 rules (--rules ${BASELINE_RULES}), warm`, 'unleak', baselineSamples)
  : null;
const revisionRow = revisionSamples.length
  ? addRow(`baseline: ${flags['baseline-rev']} (${revision.sha.slice(0, 10)}), every rule of that version, warm`, 'unleak', revisionSamples)
  : null;
const floorRow = floorSamples.length
  ? addRow(`floor: read, prefilter and babel-parse the files a dry run parses, no rule (median of ${floorSamples.length})`, 'floor', floorSamples)
  : null;
if (floorRow) {
  floorRow.parseMs = median(floorSamples.map((sample) => sample.floor.parseMs));
  floorRow.parseAgainMs = median(floorSamples.map((sample) => sample.floor.parseAgainMs));
  floorRow.parsed = floorSamples[0].floor.parsed;
  floorRow.parsedBytes = floorSamples[0].floor.bytes;
}
let oxlintWarm = null;
let oxlintColdRow = null;
if (oxlintCold) {
  oxlintColdRow = addRow('oxlint, default rules, cold (first run)', 'oxlint', [oxlintCold]);
  oxlintWarm = addRow(`oxlint, default rules, warm (median of ${runs})`, 'oxlint', oxlintSamples);
  results.checks.push({ key: 'oxlintRatio', target: TARGETS.oxlintRatio, value: ratio(warm.wallMs, oxlintWarm.wallMs), label: 'unleak warm / oxlint warm' });
}

/**
 * `--cache`, second run on the unchanged corpus: a first run fills a fresh cache file in the
 * bench's own folder (never in the corpus), then the median of the second runs. Its findings
 * must equal the uncached run's.
 */
let cacheSecond = null;
if (!flags['no-cache']) {
  const cacheFile = path.join(resultsDir, `cache-${process.pid}.json`);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(cacheFile, { force: true });
  const args = ['--cache', '--cache-location', cacheFile];
  addRow('unleak --cache, first run (fills the cache)', 'unleak', [sampleUnleak('cache fill', args)]);
  const secondRuns = Array.from({ length: runs }, () => sampleUnleak('cache second run', args));
  cacheSecond = addRow(`unleak --cache, second run, unchanged corpus (median of ${runs})`, 'unleak', secondRuns, {
    checks: [wallCheck('cacheSecondRunMs'), rssCheck()],
  });
  fs.rmSync(cacheFile, { force: true });
  if (JSON.stringify(cacheSecond.first.byRuleAndFix) !== JSON.stringify(warm.first.byRuleAndFix)) {
    log('WARNING: the cached run reports other findings than the uncached one:');
    log(`  uncached ${JSON.stringify(warm.first.byRuleAndFix)}`);
    log(`  cached   ${JSON.stringify(cacheSecond.first.byRuleAndFix)}`);
  }
}

let big = null;
if (flags.big) {
  const bigDir = path.join(corpusDir, `monorepo-${bigFiles}`);
  progress(`synthetic monorepo of ${bigFiles} files in ${path.relative(root, bigDir)} (generated once, then reused) …`);
  const made = materializeMonorepo(filesDir, bigDir, corpusFiles, bigFiles);
  log(`synthetic monorepo: ${made.files} files, ${fixed(made.bytes / 1024 / 1024, 0)} MiB${made.generated ? ' (generated now)' : ' (reused)'}`);
  big = addRow(`unleak, every rule, dry run, ${made.files.toLocaleString('en-US')}-file synthetic monorepo (one run)`, 'unleak', [sampleUnleak('big', [], { target: bigDir })], {
    size: { files: made.files, bytes: made.bytes },
    checks: [rssCheck('bigRssMb')],
  });
  const scanned = big.first.summary.filesScanned;
  if (scanned !== undefined && scanned !== made.files) {
    log(`WARNING: unleak scanned ${scanned} files of the ${made.files}-file monorepo; files/s uses ${made.files}`);
  }
  const rate = (row) => row.files / (row.wallMs / 1000);
  const cpuRate = (row) => (row.cpuMs ? row.files / (row.cpuMs / 1000) : null);
  big.rates = { wall4k: rate(warm), wallBig: rate(big), cpu4k: cpuRate(warm), cpuBig: cpuRate(big) };
  results.checks.push({ key: 'linearRateShare', target: TARGETS.linearRateShare, value: ratio(big.rates.wallBig, big.rates.wall4k), label: `files/s at ${made.files} / files/s at ${corpusFiles.length}` });
}

// Extra rows (off by default): --jobs, --write, jscodeshift.
const byJobs = [];
if (flags.jobs || flags.all) {
  const jobValues = (flags.jobs ?? `1,2,${cores}`).split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  for (const jobs of [...new Set(jobValues)]) {
    const samples = Array.from({ length: runs }, () => sampleUnleak(`--jobs ${jobs}`, ['--jobs', String(jobs)]));
    byJobs.push(addRow(`unleak, every rule, --jobs ${jobs} (median of ${runs})`, 'unleak', samples));
  }
}
let writeRun = null;
if (extra('write')) {
  copyCorpus(filesDir, scratchDir);
  writeRun = addRow('unleak --write (scratch copy, once)', 'unleak', [sampleUnleak('--write', ['--write'], { target: scratchDir })]);
  fs.rmSync(scratchDir, { recursive: true, force: true });
}
const jscodeshiftRuns = extra('jscodeshift') ? runJscodeshiftRows() : [];

function runJscodeshiftRows() {
  const extensions = EXTENSIONS.map((e) => e.slice(1)).join(',');
  const bin = path.join(root, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
  const one = (label, transform, extraArgs = []) => {
    const m = measure(process.execPath, [bin, '-t', transform, '--parser=tsx', `--extensions=${extensions}`, '--dry', ...extraArgs, filesDir], { cwd: root });
    // jscodeshift exits 0 even when files fail to parse; anything else is worth seeing, not fatal.
    if (m.status !== 0) log(`note: ${label} exited with ${m.status}: ${m.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    const ok = /(\d+) ok/.exec(m.stdout)?.[1];
    return addRow(label, 'jscodeshift', [{ wallMs: m.wallMs, cpuMs: m.cpuMs, rssMb: m.rss.sumMb }], {
      note: `one rule; ${ok ?? '?'} ok; RSS is every process it started, summed`,
    });
  };
  return [
    one('jscodeshift -t transforms/fetch-timeout.ts (one rule)', path.join(root, 'transforms', 'fetch-timeout.ts')),
    one('jscodeshift -t dist/transforms/fetch-timeout.js (one rule)', path.join(root, 'dist', 'transforms', 'fetch-timeout.js'), ['--no-babel']),
    one('jscodeshift, classic recast transform (one rule)', path.join(benchDir, 'jscodeshift-classic-fetch-timeout.cjs'), ['--no-babel']),
  ];
}

let prefilters = null;
try {
  prefilters = profilePrefilters(root, filesDir, corpusFiles, MAX_FILE_SIZE);
} catch (error) {
  log(`note: the in-process prefilter count failed (${error.message.split('\n')[0]}); the engine's API may have moved`);
}
const parseAll = extra('parse-all') ? profileParseAll(root, filesDir, corpusFiles, MAX_FILE_SIZE) : null;
results.prefilters = prefilters;
results.parseAll = parseAll;
machine.loadAverageAtEnd = load();

// ---------------------------------------------------------------------------------------------
// Report

const mib = (bytes) => bytes / 1024 / 1024;
const rows = results.runs.map((row) => [
  row.label,
  seconds(row.wallMs),
  row.samples > 1 ? spread(row.wallMsAll) : '',
  seconds(row.cpuMs),
  fixed(row.files / (row.wallMs / 1000), 0),
  fixed(mib(row.bytes) / (row.wallMs / 1000), 1),
  fixed(row.rssMb, 0),
  row.checks.length ? verdictCell(row.checks) : '',
]);
log('');
log(formatTable(['run', 'wall s', 'range s', 'CPU s', 'files/s', 'MiB/s', 'peak RSS MB', 'target'], rows));
log('wall s = whole-process wall time (median); CPU s = user + system time of every process of the run (worker threads included);');
log(`peak RSS = the process's maximum resident set size (process.resourceUsage().maxRSS at exit). Corpus: ${corpusFiles.length} files, ${fixed(corpusMb, 1)} MiB.`);
for (const row of results.runs.filter((r) => r.note)) log(`${row.label}: ${row.note}`);

log('');
log('side by side:');
if (oxlintWarm) {
  const o = oxlintWarm.first.oxlint;
  const wallRatio = ratio(warm.wallMs, oxlintWarm.wallMs);
  log(
    `  unleak / oxlint, warm wall time: ${fixed(wallRatio, 2)}× (target ≤ 2×: ${verdict(wallRatio, TARGETS.oxlintRatio)}); ` +
      `CPU time: ${fixed(ratio(warm.cpuMs, oxlintWarm.cpuMs), 2)}×; cold (first runs): ${fixed(ratio(cold.wallMs, oxlintColdRow.wallMs), 2)}×`,
  );
  log(`  oxlint ${execFileSync(process.execPath, [oxlintBin, '--version'], { encoding: 'utf8' }).trim().replace(/^Version:\s*/, '')}: ${o.files} files, ${o.rules} rules, ${o.threads} threads, ${o.warnings} warnings, ${o.errors} errors (detection only, no fixes); unleak: 1 thread (its default on ${cores} cores)`);
} else {
  log(`  oxlint: not run — ${flags['no-oxlint'] ? '--no-oxlint' : oxlintProblem}`);
}
if (floorRow) {
  log(
    `  floor: ${seconds(floorRow.wallMs)} s wall for start-up, reading, prefilters and the babel parse of the ${floorRow.parsed} files a dry run parses ` +
      `(${fixed(mib(floorRow.parsedBytes), 1)} MiB); the parse alone ${seconds(floorRow.parseMs)} s with the CLI's cold JIT, ${seconds(floorRow.parseAgainMs)} s parsed again warm. ` +
      `Rules, fixes and the report come on top: the dry run is ${fixed(ratio(warm.wallMs, floorRow.wallMs), 2)}× the floor.`,
  );
} else if (!flags['no-floor']) {
  log(`  floor: not run — ${floorProblem}`);
}
if (baseline) {
  log(`  baseline (this build, 3 rules): ${seconds(baseline.wallMs)} s wall, ${seconds(baseline.cpuMs)} s CPU; every rule costs ${fixed(ratio(warm.wallMs, baseline.wallMs), 2)}× that (${warm.first.summary.findings} vs ${baseline.first.summary.findings} findings)`);
}
if (revisionRow) {
  log(`  previous version ${flags['baseline-rev']} (${revision.sha.slice(0, 10)}): ${seconds(revisionRow.wallMs)} s wall, ${seconds(revisionRow.cpuMs)} s CPU; this build is ${fixed(ratio(warm.wallMs, revisionRow.wallMs), 2)}× its time`);
}
const s = warm.first.summary;
log(`  unleak findings: ${s.findings} (auto ${s.fixable?.auto}, suggestion ${s.fixable?.suggestion}, none ${s.fixable?.none}) in ${s.filesWithFindings} files, ${s.errors} error(s); per rule and fix: ${Object.entries(warm.first.byRuleAndFix).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (big) {
  const r = big.rates;
  log('');
  log(
    `scale: files/s at ${corpusFiles.length} files (warm) ${fixed(r.wall4k, 0)}, at ${big.files} files ${fixed(r.wallBig, 0)} (${fixed(ratio(r.wallBig, r.wall4k), 2)}×); ` +
      `per CPU second ${fixed(r.cpu4k, 0)} and ${fixed(r.cpuBig, 0)}; peak RSS ${fixed(warm.rssMb, 0)} → ${fixed(big.rssMb, 0)} MB; ${big.first.summary.findings} findings`,
  );
}

const phases = Object.keys(warm.timings ?? {});
if (phases.length) {
  log('');
  log('unleak phases, warm dry run (ms summed over files; "fix" is applying text edits and re-parsing):');
  const phaseColumns = [['every rule', warm], ['3 rules', baseline], ['--write', writeRun], ['big', big]].filter(([, run]) => run?.timings);
  const phaseRows = phases.map((phase) => [phase, ...phaseColumns.map(([, run]) => fixed(run.timings[phase], 0))]);
  phaseRows.push(['(start-up, output, other)', ...phaseColumns.map(([, run]) => fixed(run.wallMs - Object.values(run.timings).reduce((a, b) => a + b, 0), 0))]);
  log(formatTable(['phase', ...phaseColumns.map(([title]) => title)], phaseRows));
}
if (prefilters) {
  log('');
  log(
    `prefilter: ${prefilters.parsed} of ${prefilters.files} files get parsed (${prefilters.tooLarge} over the 1 MiB limit); ` +
      `per rule: ${Object.entries(prefilters.perRule).map(([id, n]) => `${id} ${n}`).join(', ')}`,
  );
}
if (parseAll) {
  const t = parseAll.timings;
  log(
    `parse-everything pass (in-process, one thread, every file): read ${fixed(t.read, 0)} ms, line index ${fixed(t.lineIndex, 0)} ms, ` +
      `parse ${fixed(t.parse, 0)} ms (${fixed(parseAll.files / (t.parse / 1000), 0)} files/s), walk ${fixed(t.walk, 0)} ms; ${parseAll.parseErrors} parse errors`,
  );
}
if (byJobs.length) log(`--jobs: ${byJobs.map((row) => `${row.label.match(/--jobs \d+/)[0]} → ${seconds(row.wallMs)} s wall, ${seconds(row.cpuMs)} s CPU`).join('; ')}`);
for (const row of jscodeshiftRuns) log(`${row.label}: ${fixed(ratio(row.wallMs, warm.wallMs), 1)}× the warm unleak dry run (every rule)`);

// Every target, in one list.
const allChecks = [
  ...results.runs.flatMap((row) => row.checks.map((check) => ({ ...check, label: row.label }))),
  ...results.checks,
];
log('');
log("issue 13's targets:");
for (const check of allChecks) {
  const shown = check.key.endsWith('Ms') ? `${seconds(check.value)} s` : check.key.endsWith('Mb') ? `${fixed(check.value, 0)} MB` : `${fixed(check.value, 2)}×`;
  log(`  ${verdict(check.value, check.target).padEnd(4)}  ${check.target.label.padEnd(30)} ${shown.padStart(8)}  ${check.label}`);
}
if (!flags.big) log('  (the 50,000-file row runs with --big)');
if (!withOxlint) log(`  n/a   ${TARGETS.oxlintRatio.label}: oxlint did not run`);
results.verdicts = allChecks.map((check) => ({ target: check.target.label, row: check.label, value: check.value, verdict: verdict(check.value, check.target) }));

if (extra('type-cost')) results.typeCost = runTypeCost({ corpusDir, runs: Math.min(runs, 3), log });
machine.loadAverageAtEnd = load();
log('');
log(`load average at the end: ${machine.loadAverageAtEnd.join(' ')} (${cores} cores)`);

for (const row of results.runs) {
  row.summary = row.first.summary ?? row.first.oxlint;
  row.byRuleAndFix = row.first.byRuleAndFix;
  delete row.first;
}
fs.mkdirSync(resultsDir, { recursive: true });
const resultFile = path.join(resultsDir, `${results.date.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(resultFile, JSON.stringify(results, null, 2) + '\n');
log(`results: ${path.relative(root, resultFile)}`);
