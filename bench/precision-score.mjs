/**
 * The precision check's arithmetic, with no file system or process: which findings are
 * report-only, a seeded sample of them, the labels' well-formedness, and the score of a run
 * against the labels. `bench/precision.mjs` runs unleak and prints it; the unit test
 * (test/precision.test.ts) checks it on small synthetic runs.
 */

export const VERDICTS = ['real', 'false', 'doubtful'];

/** How far (in lines) a labelled finding may have moved and still be the same finding. */
export const DEFAULT_LINE_DRIFT = 3;

/** `fix: none`: what a person has to read and judge; fixes are checked by the fixture suite. */
export function isReportOnly(finding) {
  return finding.fix === 'none';
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function compareFindings(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * `count` report-only findings drawn at random with `seed` (a Fisher–Yates shuffle of the
 * findings in file/line order): the same run and seed give the same sample.
 */
export function sampleReportOnly(findings, count, seed) {
  const pool = findings.filter(isReportOnly).slice().sort(compareFindings);
  const random = createRandom(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count).sort(compareFindings);
}

/**
 * The labels grouped by the sample they were drawn in (`label.sample`, a key of the file's
 * `samples`; labels without one belong to `defaultSample`), in the order the groups first appear.
 */
export function groupBySample(labels, defaultSample = 'first') {
  const groups = new Map();
  for (const label of labels) {
    const name = label.sample ?? defaultSample;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(label);
  }
  return groups;
}

/** What is wrong with a label file, one message per problem (empty when it is well-formed). */
export function validateLabels(data) {
  const problems = [];
  if (typeof data !== 'object' || data === null) return ['the label file must be a JSON object'];
  if (!Array.isArray(data.labels)) return ['`labels` must be an array'];
  const sources = new Set(['corpus', ...Object.keys(data.repositories ?? {})]);
  for (const [name, repository] of Object.entries(data.repositories ?? {})) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(name)) problems.push(`repository "${name}" must be owner/name`);
    if (!/^[0-9a-f]{40}$/.test(repository?.commit ?? '')) problems.push(`repository "${name}" needs the full commit its labels were made on`);
  }
  const keys = new Set();
  data.labels.forEach((label, index) => {
    const where = `labels[${index}]`;
    if (!sources.has(label.source)) problems.push(`${where}: source "${label.source}" is neither "corpus" nor a listed repository`);
    if (typeof label.file !== 'string' || label.file === '' || label.file.startsWith('/') || label.file.includes('\\')) problems.push(`${where}: file must be a relative path with /`);
    if (!Number.isInteger(label.line) || label.line < 1) problems.push(`${where}: line must be a whole number from 1`);
    if (typeof label.rule !== 'string' || !/^[a-z-]+$/.test(label.rule)) problems.push(`${where}: rule must be a rule id`);
    if (!VERDICTS.includes(label.verdict)) problems.push(`${where}: verdict must be one of ${VERDICTS.join(', ')}`);
    if (typeof label.reason !== 'string' || label.reason.trim().length < 10 || label.reason.includes('\n')) problems.push(`${where}: reason must be one line of at least 10 characters`);
    if (label.target !== undefined && (typeof label.target !== 'string' || label.target === '')) problems.push(`${where}: target must be the code the message quotes`);
    if (label.sample !== undefined && (typeof label.sample !== 'string' || !(label.sample in (data.samples ?? {})))) problems.push(`${where}: sample must name an entry of \`samples\``);
    // Two findings of one rule can start on one line (calls of one chain): `target` tells them apart.
    const key = `${label.source}:${label.file}:${label.line}:${label.rule}:${label.target ?? ''}`;
    if (keys.has(key)) problems.push(`${where}: ${key} is labelled twice (give each a distinct \`target\`)`);
    keys.add(key);
  });
  return problems;
}

function emptyCounts() {
  return { real: 0, false: 0, doubtful: 0 };
}

function percent(part, whole) {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

/** Nearer lines first; on one line, the finding whose message quotes the label's `target`. */
function rank(finding, label) {
  const quotes = label.target !== undefined && finding.message.includes(label.target);
  return Math.abs(finding.line - label.line) * 2 + (quotes ? 0 : 1);
}

/**
 * Scores one run of one source against its labels. A label matches the report-only finding of
 * the same file and rule whose line is within `lineDrift` of the labelled line (the nearest
 * one, and among findings on one line the one whose message quotes the label's `target`; each
 * finding matches at most one label). Returns:
 * - `reported`: labelled findings still reported, by verdict; `gone`: no longer reported;
 * - `precision`: real among the labelled findings still reported (doubtful ones count as not
 *   real), and `precisionDecided` with the doubtful ones left out;
 * - `byConfidence`: the same per confidence of the finding as reported now;
 * - `lostLeaks`: real leaks no longer reported (bad), `fixedLeaks`: real leaks no longer
 *   report-only because the same rule now fixes them there (a fixable finding of the same file
 *   and rule within `lineDrift`: better, not lost), `falseGone`: false ones gone (good);
 * - `unlabelled`: report-only findings no label matches (new since the labels, or never sampled).
 */
export function scoreRun(labels, findings, options = {}) {
  const lineDrift = options.lineDrift ?? DEFAULT_LINE_DRIFT;
  const reportOnly = findings.filter(isReportOnly);
  const taken = new Set();
  const reported = emptyCounts();
  const gone = emptyCounts();
  const byConfidence = {};
  const lostLeaks = [];
  const fixedLeaks = [];
  const falseGone = [];
  const fixable = findings.filter((finding) => !isReportOnly(finding));
  const matches = [];
  // Exact lines first, so a nearby finding cannot steal another label's own finding.
  const ordered = labels.map((label, index) => ({ label, index }));
  const matched = new Map();
  for (const pass of [0, 1]) {
    for (const { label, index } of ordered) {
      if (matched.has(index)) continue;
      let best = null;
      for (const finding of reportOnly) {
        if (taken.has(finding) || finding.file !== label.file || finding.rule !== label.rule) continue;
        const distance = Math.abs(finding.line - label.line);
        if (pass === 0 ? distance !== 0 : distance > lineDrift) continue;
        if (!best || rank(finding, label) < rank(best, label)) best = finding;
      }
      if (best) {
        taken.add(best);
        matched.set(index, best);
      }
    }
  }
  labels.forEach((label, index) => {
    const finding = matched.get(index);
    if (finding) {
      reported[label.verdict]++;
      const confidence = finding.confidence ?? 'high';
      byConfidence[confidence] ??= emptyCounts();
      byConfidence[confidence][label.verdict]++;
      matches.push({ label, finding });
    } else {
      gone[label.verdict]++;
      if (label.verdict === 'real') {
        const fixed = fixable.some((candidate) => candidate.file === label.file && candidate.rule === label.rule && Math.abs(candidate.line - label.line) <= lineDrift);
        (fixed ? fixedLeaks : lostLeaks).push(label);
      }
      if (label.verdict === 'false') falseGone.push(label);
    }
  });
  const total = reported.real + reported.false + reported.doubtful;
  const confidencePrecision = Object.fromEntries(
    Object.entries(byConfidence).map(([level, counts]) => [level, { ...counts, precision: percent(counts.real, counts.real + counts.false + counts.doubtful) }]),
  );
  return {
    labelled: labels.length,
    reported,
    gone,
    precision: percent(reported.real, total),
    precisionDecided: percent(reported.real, reported.real + reported.false),
    byConfidence: confidencePrecision,
    lostLeaks,
    fixedLeaks,
    falseGone,
    matches,
    unlabelled: reportOnly.filter((finding) => !taken.has(finding)),
  };
}

/** Sums the scores of several sources (the corpus and the repositories that were present). */
export function combineScores(scores) {
  const reported = emptyCounts();
  const gone = emptyCounts();
  for (const score of scores) {
    for (const verdict of VERDICTS) {
      reported[verdict] += score.reported[verdict];
      gone[verdict] += score.gone[verdict];
    }
  }
  const total = reported.real + reported.false + reported.doubtful;
  return {
    labelled: scores.reduce((sum, score) => sum + score.labelled, 0),
    reported,
    gone,
    precision: percent(reported.real, total),
    precisionDecided: percent(reported.real, reported.real + reported.false),
    lostLeaks: scores.flatMap((score) => score.lostLeaks),
    fixedLeaks: scores.flatMap((score) => score.fixedLeaks),
    falseGone: scores.flatMap((score) => score.falseGone),
    unlabelled: scores.reduce((sum, score) => sum + score.unlabelled.length, 0),
  };
}

/** One line for docs/rules/listener-cleanup.md's "Precision" section. */
export function formatPasteLine(combined, { date, commit, sources }) {
  const { reported, gone } = combined;
  const total = reported.real + reported.false + reported.doubtful;
  return (
    `${date} (${commit}, ${sources}): ${reported.real} of ${total} labelled report-only findings still reported are real leaks — ` +
    `**${combined.precision ?? '–'} %** (${combined.precisionDecided ?? '–'} % without the ${reported.doubtful} doubtful); ` +
    `${reported.false} false and ${reported.doubtful} doubtful still reported; no longer reported: ${gone.false} false (good), ` +
    `${combined.lostLeaks.length} real (lost leaks)${combined.fixedLeaks.length > 0 ? `, ${combined.fixedLeaks.length} real now fixed (better)` : ''}, ${gone.doubtful} doubtful; ${combined.unlabelled} unlabelled report-only findings.`
  );
}
