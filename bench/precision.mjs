#!/usr/bin/env node
/**
 * `npm run precision`: how many report-only findings are real leaks. Runs unleak (the built
 * dist/, every confidence) on the bench corpus and on the labelled real repositories that are
 * present, and scores each run against test/precision/report-only-labels.json (labels made by
 * reading each finding in its code). Prints the precision, the labelled findings no longer
 * reported (a real leak lost is bad, a false one gone is good), the precision per confidence,
 * the unlabelled report-only findings, and a line ready to paste into
 * docs/rules/listener-cleanup.md. Never part of `npm test` (the scoring is unit-tested).
 *
 *   npm run build && npm run precision -- [--corpus DIR] [--repo owner/name=DIR ...]
 *                                         [--labels FILE] [--line-drift N] [--list-unlabelled]
 *   npm run precision -- --sample N --seed S [--corpus DIR] [--unlabelled]   # draw a sample to label
 *
 * --matches FILE writes every labelled finding still reported (source, verdict, reason, sample,
 * and the finding's confidence and message now) as JSON: what a confidence change is studied on.
 *
 * --run FILE scores (or draws from) a saved JSON run of the corpus instead of running unleak
 * (`node bin/unleak.js . --format json --quiet --no-config --min-confidence low` in the corpus,
 * at an earlier commit: how a new sample is drawn from the findings before a change).
 * --unlabelled draws only from findings no label matches yet. Labels carry the sample they
 * were drawn in (`sample`, described under `samples`); each sample is also scored on its own,
 * so a figure measured on labels drawn after a change is seen apart from the labels it was
 * tuned on.
 *
 * --corpus defaults to bench/.corpus/files (made by `npm run bench`). A repository's labels
 * are scored only when --repo gives a checkout at the commit the labels were made on;
 * otherwise they are skipped, and the output says so.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { combineScores, DEFAULT_LINE_DRIFT, formatPasteLine, groupBySample, isReportOnly, sampleReportOnly, scoreRun, validateLabels } from './precision-score.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const USAGE = `Usage: npm run precision -- [options]   (after \`npm run build\`)

Scores unleak's report-only findings against the hand labels.

  --corpus DIR          the bench corpus (default bench/.corpus/files, made by \`npm run bench\`)
  --repo owner/name=DIR a labelled repository checked out at its labelled commit (repeatable)
  --labels FILE         the labels (default test/precision/report-only-labels.json)
  --line-drift N        lines a label may be off from its finding (default ${DEFAULT_LINE_DRIFT})
  --list-unlabelled     list the report-only findings no label matches
  --matches FILE        write every labelled finding still reported, with its confidence now, as JSON
  --run FILE            score (or draw from) a saved JSON run of the corpus instead of running unleak
  --jobs N              run unleak on N repositories at a time (default 1; unleak itself
                        uses one worker on two cores, so 2 there halves the wall time)
  --runs DIR            keep each repository's run in DIR (named by the repository, its
                        commit and this checkout's commit) and reuse it on the next call:
                        a re-score that was stopped goes on where it stopped
  --sample N --seed S   draw a reproducible sample of N report-only findings to label
  --unlabelled          with --sample: draw only from findings no label matches yet
  -h, --help            show this help`;
let parsed;
try {
  parsed = parseArgs({
    options: {
      corpus: { type: 'string', default: path.join(root, 'bench/.corpus/files') },
      repo: { type: 'string', multiple: true, default: [] },
      labels: { type: 'string', default: path.join(root, 'test/precision/report-only-labels.json') },
      'line-drift': { type: 'string', default: String(DEFAULT_LINE_DRIFT) },
      'list-unlabelled': { type: 'boolean', default: false },
      sample: { type: 'string' },
      run: { type: 'string' },
      unlabelled: { type: 'boolean', default: false },
      seed: { type: 'string', default: '15' },
      matches: { type: 'string' },
      jobs: { type: 'string', default: '1' },
      runs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`precision: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const UNLEAK_ARGS = ['.', '--format', 'json', '--quiet', '--no-config', '--min-confidence', 'low'];

function runUnleak(dir) {
  const bin = path.join(root, 'bin/unleak.js');
  if (!fs.existsSync(path.join(root, 'dist/src/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  // Exit code 0; every confidence, whatever the formats' defaults are.
  const stdout = execFileSync(process.execPath, [bin, ...UNLEAK_ARGS], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

/** The same run without blocking, so that --jobs can run several; rejects with unleak's last stderr line. */
function runUnleakAsync(dir) {
  const bin = path.join(root, 'bin/unleak.js');
  if (!fs.existsSync(path.join(root, 'dist/src/cli/main.js'))) return Promise.reject(new Error('dist/ is missing: run `npm run build` first'));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...UNLEAK_ARGS], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const last = `${stderr}`.trim().split('\n').filter(Boolean).slice(-1)[0];
        reject(new Error(last ? `${error.message.split('\n')[0]}: ${last}` : error.message.split('\n')[0]));
        return;
      }
      try {
        resolve(JSON.parse(stdout));
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of `items` in the result. */
async function mapLimit(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function gitHead(dir) {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function describeFinding(finding) {
  return `${finding.file}:${finding.line} ${finding.rule} [${finding.confidence ?? 'high'}] ${finding.message}`;
}

if (!fs.existsSync(values.corpus)) {
  console.error(`precision: no corpus at ${values.corpus} (run \`npm run bench\` once, or pass --corpus DIR)`);
  process.exit(2);
}

/** The corpus run: the saved one (--run), or unleak on the corpus now. */
function corpusRun() {
  return values.run ? JSON.parse(fs.readFileSync(values.run, 'utf8')) : runUnleak(values.corpus);
}

const data = JSON.parse(fs.readFileSync(values.labels, 'utf8'));

if (values.sample !== undefined) {
  const run = corpusRun();
  let pool = run.findings;
  if (values.unlabelled) {
    const unlabelled = new Set(scoreRun(data.labels.filter((label) => label.source === 'corpus'), run.findings, { lineDrift: Number(values['line-drift']) }).unlabelled);
    pool = pool.filter((finding) => unlabelled.has(finding));
  }
  const sample = sampleReportOnly(pool, Number(values.sample), Number(values.seed));
  console.log(`# ${sample.length} of ${pool.filter(isReportOnly).length} ${values.unlabelled ? 'unlabelled ' : ''}report-only findings, seed ${values.seed}`);
  for (const finding of sample) console.log(describeFinding(finding));
  process.exit(0);
}

const problems = validateLabels(data);
if (problems.length > 0) {
  console.error(`precision: ${values.labels} is not well-formed:\n  ${problems.join('\n  ')}`);
  process.exit(2);
}
const lineDrift = Number(values['line-drift']);
const checkouts = new Map(
  values.repo.map((entry) => {
    const [name, dir] = entry.split('=');
    return [name, path.resolve(dir ?? '')];
  }),
);

const scores = [];
const scored = [];
const matchRows = [];
const sources = [['corpus', values.corpus], ...Object.keys(data.repositories ?? {}).map((name) => [name, checkouts.get(name)])];
const selfCommit = gitHead(root) ?? 'unknown';
/** Why a source is not scored (no labels, no checkout, another commit), or null when it is. */
function skipReason(source, dir, labels) {
  if (labels.length === 0) return '';
  if (source === 'corpus') return null;
  const expected = data.repositories[source].commit;
  if (!dir) return `${source}: ${labels.length} labels skipped (no checkout; pass --repo ${source}=DIR at ${expected.slice(0, 12)})`;
  const head = gitHead(dir);
  if (head !== expected) return `${source}: ${labels.length} labels skipped (${dir} is at ${head?.slice(0, 12) ?? 'no git commit'}, the labels at ${expected.slice(0, 12)})`;
  return null;
}
/** A repository's run: kept in --runs (by repository, its commit and this checkout's commit) or made now. */
async function repositoryRun(source, dir) {
  if (source === 'corpus') return corpusRun();
  const kept = values.runs ? path.join(values.runs, `${source.replace('/', '+')}@${data.repositories[source].commit.slice(0, 12)}@${selfCommit.slice(0, 12)}.json`) : null;
  if (kept && fs.existsSync(kept)) return JSON.parse(fs.readFileSync(kept, 'utf8'));
  const started = Date.now();
  const run = await runUnleakAsync(dir);
  const findings = { findings: run.findings };
  if (kept) {
    fs.mkdirSync(values.runs, { recursive: true });
    fs.writeFileSync(`${kept}.tmp`, JSON.stringify(findings));
    fs.renameSync(`${kept}.tmp`, kept);
  }
  console.error(`precision: ran ${source} (${Math.round((Date.now() - started) / 1000)} s)`);
  return findings;
}
const planned = sources.map(([source, dir]) => {
  const labels = data.labels.filter((label) => label.source === source);
  return { source, dir, labels, skip: skipReason(source, dir, labels) };
});
const runs = await mapLimit(planned, Math.max(1, Number(values.jobs) || 1), async ({ source, dir, skip }) => {
  if (skip !== null) return null;
  try {
    return { run: await repositoryRun(source, dir) };
  } catch (error) {
    return { error };
  }
});
const failed = [];
for (const [index, { source, labels, skip }] of planned.entries()) {
  if (skip !== null) {
    if (skip) console.log(skip);
    continue;
  }
  if (runs[index].error) {
    failed.push(source);
    console.log(`${source}: ${labels.length} labels NOT scored: unleak failed (${runs[index].error.message})`);
    continue;
  }
  const { run } = runs[index];
  const score = scoreRun(labels, run.findings, { lineDrift });
  scores.push(score);
  scored.push(source);
  for (const { label, finding } of score.matches) {
    matchRows.push({ source, file: label.file, line: finding.line, rule: label.rule, verdict: label.verdict, reason: label.reason, sample: label.sample ?? 'first', confidence: finding.confidence ?? 'high', message: finding.message });
  }
  const total = score.reported.real + score.reported.false + score.reported.doubtful;
  console.log(
    `${source}: ${run.findings.filter(isReportOnly).length} report-only findings; ${score.labelled} labelled, ${total} of them still reported ` +
      `(real ${score.reported.real}, false ${score.reported.false}, doubtful ${score.reported.doubtful}): precision ${score.precision ?? '–'} %`,
  );
  for (const [level, counts] of Object.entries(score.byConfidence)) {
    console.log(`  confidence ${level}: real ${counts.real}, false ${counts.false}, doubtful ${counts.doubtful} — precision ${counts.precision ?? '–'} %`);
  }
  for (const label of score.lostLeaks) console.log(`  LOST real leak: ${label.file}:${label.line} ${label.rule} — ${label.reason}`);
  for (const label of score.fixedLeaks) console.log(`  now fixed (real): ${label.file}:${label.line} ${label.rule}`);
  for (const label of score.falseGone) console.log(`  gone (false): ${label.file}:${label.line} — ${label.reason}`);
  const samples = groupBySample(labels);
  if (samples.size > 1) {
    for (const [name, group] of samples) {
      const part = scoreRun(group, run.findings, { lineDrift });
      const still = part.reported.real + part.reported.false + part.reported.doubtful;
      console.log(
        `  sample "${name}": ${group.length} labelled (real ${group.filter((l) => l.verdict === 'real').length}, ` +
          `false ${group.filter((l) => l.verdict === 'false').length}, doubtful ${group.filter((l) => l.verdict === 'doubtful').length}); ${still} still reported ` +
          `(real ${part.reported.real}, false ${part.reported.false}, doubtful ${part.reported.doubtful}): precision ${part.precision ?? '–'} %; ` +
          `gone: ${part.gone.false} false, ${part.gone.real} real, ${part.gone.doubtful} doubtful`,
      );
    }
  }
  console.log(`  ${score.unlabelled.length} unlabelled report-only findings${values['list-unlabelled'] ? ':' : ' (--list-unlabelled lists them)'}`);
  if (values['list-unlabelled']) for (const finding of score.unlabelled) console.log(`    ${describeFinding(finding)}`);
}

if (values.matches) fs.writeFileSync(values.matches, `${JSON.stringify(matchRows, null, 1)}\n`);
const combined = combineScores(scores);
const commit = gitHead(root)?.slice(0, 10) ?? 'unknown commit';
console.log('');
console.log(`All scored sources: precision ${combined.precision ?? '–'} % (${combined.precisionDecided ?? '–'} % without doubtful); ${combined.lostLeaks.length} real leaks lost${combined.fixedLeaks.length > 0 ? `, ${combined.fixedLeaks.length} real now fixed` : ''}.`);
if (failed.length > 0) console.log(`NOT scored (unleak failed): ${failed.join(', ')}`);
console.log('Paste into docs/rules/listener-cleanup.md ("Precision"):');
console.log(`- ${formatPasteLine(combined, { date: new Date().toISOString().slice(0, 10), commit, sources: scored.join(' + ') })}`);
if (failed.length > 0) process.exitCode = 1;
