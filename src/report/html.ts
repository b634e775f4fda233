/**
 * `--format html`: one self-contained page (no network request: styles, script and charts are
 * inline) to open from a CI artifact or a local run.
 *
 * - Summary cards and two stacked bar charts (inline SVG): findings per rule and per
 *   directory, split by fix level.
 * - Filters by rule, fix level and least confidence (a few lines of inline script; without
 *   script every finding stays visible). Clicking a rule's bar filters by it.
 * - Per file, each finding with its code (the lines it points at, with a little context) and
 *   the diff of its fix.
 *
 * Every piece of repository text (paths, messages, code) goes through `escapeHtml`. As a
 * second wall, the page's Content-Security-Policy allows no network at all and only the one
 * inline script and style it ships (by hash), so even markup that slipped through could
 * neither run nor load anything.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FormatContext } from './context';
import { CONFIDENCE_LEVELS, type Confidence, type FileReport, type Finding, type FixLevel, type RunResult } from '../core/finding';
import { getFindingHunks, getSourceText } from './patch';
import { confidenceLabel, fixLevelLabel, getReportedRuleIds } from './rule-docs';
import { countByRule, escapeHtml as h, FIX_LEVELS, plural, type RuleCount } from './text';

const CODE_CONTEXT_LINES = 2;
const MAX_CODE_LINES = 12;
const MAX_DIFF_LINES = 40;
const MAX_CHART_ROWS = 15;

const STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0;
  --auto: #1a7f37; --suggestion: #9a6700; --none: #6e7781; --del: #ffebe9; --add: #dafbe1; --hit: #fff8c5; --link: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --border: #3d444d;
    --auto: #3fb950; --suggestion: #d29922; --none: #9198a1; --del: #3c1618; --add: #12261e; --hit: #3b2e00; --link: #4493f8; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
.page { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0; }
.meta { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
.card { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.card strong { display: block; font-size: 22px; }
.card span { color: var(--muted); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; margin-bottom: 16px; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 12px; }
figcaption { font-weight: 600; margin-bottom: 8px; }
svg text { fill: var(--fg); font-size: 12px; }
svg .bar-auto { fill: var(--auto); } svg .bar-suggestion { fill: var(--suggestion); } svg .bar-none { fill: var(--none); }
svg [data-filter-rule] { cursor: pointer; }
.legend { display: flex; gap: 12px; color: var(--muted); font-size: 12px; margin-top: 6px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.legend .auto, .level-auto { background: var(--auto); } .legend .suggestion, .level-suggestion { background: var(--suggestion); }
.legend .none, .level-none { background: var(--none); }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 16px; padding: 10px 12px;
  background: var(--panel); border: 1px solid var(--border); border-radius: 6px; margin-bottom: 16px; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; }
.filters output { margin-left: auto; color: var(--muted); }
select { font: inherit; }
a { color: var(--link); }
a.rule { text-decoration: none; }
a.rule:hover { text-decoration: underline; }
.file { border: 1px solid var(--border); border-radius: 6px; margin-bottom: 16px; overflow: hidden; }
.file > h2 { background: var(--panel); padding: 8px 12px; border-bottom: 1px solid var(--border); word-break: break-all; }
.file > h2 .count { color: var(--muted); font-weight: normal; }
.finding { padding: 10px 12px; border-top: 1px solid var(--border); }
.file > h2 + .finding { border-top: 0; }
.finding header { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.pos { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.level { color: #fff; border-radius: 10px; padding: 0 8px; font-size: 12px; }
.message { margin: 4px 0; }
.fix { margin: 4px 0; color: var(--muted); }
.confidence { color: var(--muted); font-style: italic; }
pre { margin: 6px 0 0; padding: 6px 0; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; overflow-x: auto;
  font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre span { display: block; padding: 0 10px; white-space: pre; }
pre .ln { display: inline; padding: 0 10px 0 0; color: var(--muted); user-select: none; }
pre .hit { background: var(--hit); } pre .del { background: var(--del); } pre .add { background: var(--add); }
.errors li { margin-bottom: 4px; }
.empty { padding: 24px; text-align: center; color: var(--muted); }
`;

/** The confidence filter's choices: the least confidence a shown finding has. Every finding is shown at first. */
const CONFIDENCE_CHOICES: readonly [Confidence, string][] = [
  ['low', 'Any'],
  ['medium', 'Medium or high'],
  ['high', 'High only'],
];

const SCRIPT = `
(function () {
  var rule = document.getElementById('filter-rule');
  var levels = Array.prototype.slice.call(document.querySelectorAll('input[name="level"]'));
  var confidence = document.getElementById('filter-confidence');
  var rank = { low: 1, medium: 2, high: 3 };
  var count = document.getElementById('filter-count');
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var files = Array.prototype.slice.call(document.querySelectorAll('.file'));
  function apply() {
    var wanted = {};
    levels.forEach(function (box) { wanted[box.value] = box.checked; });
    var shown = 0;
    findings.forEach(function (finding) {
      var visible = (!rule.value || finding.getAttribute('data-rule') === rule.value) && wanted[finding.getAttribute('data-level')] === true &&
        (rank[finding.getAttribute('data-confidence')] || 3) >= rank[confidence.value];
      finding.hidden = !visible;
      if (visible) shown++;
    });
    files.forEach(function (file) { file.hidden = !file.querySelector('.finding:not([hidden])'); });
    count.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
  }
  rule.addEventListener('change', apply);
  confidence.addEventListener('change', apply);
  levels.forEach(function (box) { box.addEventListener('change', apply); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-filter-rule]'), function (bar) {
    bar.addEventListener('click', function () { rule.value = bar.getAttribute('data-filter-rule'); apply(); });
  });
  apply();
})();
`;

function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

interface ChartRow {
  label: string;
  counts: RuleCount;
  /** Clicking the row filters by this rule. */
  filterRule?: string;
}

function barChart(title: string, rows: readonly ChartRow[], id: string): string {
  const labelWidth = 190;
  const barWidth = 260;
  const rowHeight = 24;
  const max = Math.max(1, ...rows.map((row) => row.counts.findings));
  const height = Math.max(1, rows.length) * rowHeight + 4;
  const body = rows.map((row, i) => {
    const y = i * rowHeight + 2;
    let x = labelWidth;
    const bars = FIX_LEVELS.map((level) => {
      const width = (row.counts[level] / max) * barWidth;
      const rect = width > 0 ? `<rect class="bar-${level}" x="${x.toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${rowHeight - 8}" rx="2"><title>${h(`${row.label}: ${row.counts[level]} ${fixLevelLabel(level)}`)}</title></rect>` : '';
      x += width;
      return rect;
    }).join('');
    const label = row.label.length > 28 ? `…${row.label.slice(-27)}` : row.label;
    const filter = row.filterRule !== undefined ? ` data-filter-rule="${h(row.filterRule)}"` : '';
    return `<g${filter}><text x="${labelWidth - 8}" y="${y + rowHeight / 2 + 2}" text-anchor="end"><title>${h(row.label)}</title>${h(label)}</text>${bars}<text x="${(x + 6).toFixed(1)}" y="${y + rowHeight / 2 + 2}">${row.counts.findings}</text></g>`;
  }).join('');
  const empty = rows.length === 0 ? `<text x="8" y="16">No findings</text>` : '';
  return `<figure id="${id}"><figcaption>${h(title)}</figcaption><svg role="img" aria-label="${h(title)}" width="100%" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" preserveAspectRatio="xMinYMin meet">${body}${empty}</svg>` +
    `<div class="legend">${FIX_LEVELS.map((level) => `<span><i class="${level}"></i>${h(fixLevelLabel(level))}</span>`).join('')}</div></figure>`;
}

function countByDirectory(findings: readonly Finding[], context: FormatContext): ChartRow[] {
  const byDirectory = new Map<string, RuleCount>();
  for (const finding of findings) {
    const directory = path.posix.dirname(context.repositoryPath(finding.file));
    const row = byDirectory.get(directory) ?? { findings: 0, auto: 0, suggestion: 0, none: 0 };
    row.findings++;
    row[finding.fix]++;
    byDirectory.set(directory, row);
  }
  const rows = [...byDirectory].map(([label, counts]) => ({ label: label === '.' ? '(root)' : `${label}/`, counts })).sort((a, b) => b.counts.findings - a.counts.findings || (a.label < b.label ? -1 : 1));
  if (rows.length <= MAX_CHART_ROWS) return rows;
  const rest = rows.slice(MAX_CHART_ROWS - 1).reduce<RuleCount>(
    (sum, row) => ({ findings: sum.findings + row.counts.findings, auto: sum.auto + row.counts.auto, suggestion: sum.suggestion + row.counts.suggestion, none: sum.none + row.counts.none }),
    { findings: 0, auto: 0, suggestion: 0, none: 0 },
  );
  return [...rows.slice(0, MAX_CHART_ROWS - 1), { label: `${rows.length - MAX_CHART_ROWS + 1} other directories`, counts: rest }];
}

function codeBlock(finding: Finding, report: FileReport): string {
  const source = getSourceText(report, report.source!);
  const first = Math.max(1, finding.line - CODE_CONTEXT_LINES);
  const lastHit = Math.min(finding.endLine, finding.line + MAX_CODE_LINES - 1);
  const last = Math.min(source.lineCount, lastHit + CODE_CONTEXT_LINES);
  const width = String(last).length;
  const lines: string[] = [];
  for (let n = first; n <= last; n++) {
    const hit = n >= finding.line && n <= lastHit;
    lines.push(`<span${hit ? ' class="hit"' : ''}><span class="ln">${String(n).padStart(width)}</span>${h(source.lineText(n))}</span>`);
  }
  return `<pre class="code" aria-label="code"><code>${lines.join('')}</code></pre>`;
}

function diffBlock(finding: Finding, report: FileReport): string {
  if (finding.fix === 'none') return '';
  if (finding.edits.length === 0) return '';
  const hunks = getFindingHunks(getSourceText(report, report.source!), finding, 1);
  const rows = hunks.flatMap((hunk, index) => [
    ...(index > 0 ? [['ctx', ' ', '…'] as const] : []),
    ...hunk.before.map((line) => ['ctx', ' ', line] as const),
    ...hunk.removed.map((line) => ['del', '-', line] as const),
    ...hunk.added.map((line) => ['add', '+', line] as const),
    ...hunk.after.map((line) => ['ctx', ' ', line] as const),
  ]);
  const shown = rows.slice(0, MAX_DIFF_LINES).map(([kind, sign, line]) => `<span class="${kind}">${sign} ${h(line)}</span>`);
  if (rows.length > MAX_DIFF_LINES) shown.push(`<span>… ${rows.length - MAX_DIFF_LINES} more lines</span>`);
  return `<pre class="diff" aria-label="fix"><code>${shown.join('')}</code></pre>`;
}

function findingArticle(finding: Finding, report: FileReport, context: FormatContext): string {
  const fix = finding.fixDescription ? `<p class="fix">${h(finding.fix === 'suggestion' ? 'Suggested fix' : 'Fix')}: <code>${h(finding.fixDescription)}</code></p>` : '';
  const docs = context.ruleHelp(finding.rule).docsUrl;
  const doubt = confidenceLabel(finding.confidence);
  return `<article class="finding" data-rule="${h(finding.rule)}" data-level="${h(finding.fix)}" data-confidence="${h(finding.confidence)}">` +
    `<header><span class="pos">${finding.line}:${finding.column}</span> <a class="rule" href="${h(docs)}" rel="noreferrer">${h(finding.rule)}</a> ` +
    `<span class="level level-${h(finding.fix)}">${h(fixLevelLabel(finding.fix))}</span>` +
    (doubt ? ` <span class="confidence">${h(doubt)}</span>` : '') +
    `</header>` +
    `<p class="message">${h(finding.message)}</p>${fix}` +
    (report.source !== undefined ? codeBlock(finding, report) + diffBlock(finding, report) : '') +
    `</article>`;
}

function fileSection(report: FileReport, context: FormatContext): string {
  const name = context.repositoryPath(report.file);
  return `<section class="file" data-file="${h(name)}"><h2><code>${h(name)}</code> <span class="count">${h(plural(report.findings.length, 'finding'))}</span></h2>` +
    report.findings.map((finding) => findingArticle(finding, report, context)).join('') + `</section>`;
}

export function formatHtml(result: RunResult, context: FormatContext): string {
  const s = result.summary;
  const ruleIds = getReportedRuleIds(result.rules, result.findings);
  const byRule = countByRule(ruleIds, result.findings);
  const cards: [string, string | number][] = [
    ['leaks', s.findings],
    ['files with findings', s.filesWithFindings],
    ['files scanned', s.filesScanned],
    ['auto fixes', s.fixable.auto],
    ['suggestions', s.fixable.suggestion],
    ['report only', s.fixable.none],
    ['errors', s.errors],
  ];
  if (result.changedSince) cards.push(['outside the diff', s.findingsOutsideDiff ?? 0]);
  if (result.minConfidence) cards.push([`below ${result.minConfidence} confidence`, s.findingsBelowConfidence ?? 0]);
  if (s.confidence.low + s.confidence.medium > 0) cards.push(['less sure (medium or low confidence)', s.confidence.low + s.confidence.medium]);
  const scope = result.changedSince ? ` · lines changed since ${result.changedSince.ref} (${result.changedSince.base.slice(0, 12)})` : '';
  const levelCounts: Record<FixLevel, number> = s.fixable;
  const countAtLeast = (level: Confidence): number => CONFIDENCE_LEVELS.slice(CONFIDENCE_LEVELS.indexOf(level)).reduce((sum, each) => sum + s.confidence[each], 0);
  const files = result.files.filter((report) => report.findings.length > 0);
  const body = [
    `<div class="page">`,
    `<h1>unleak report</h1>`,
    `<p class="meta">${h(`${result.tool.name} ${result.tool.version} · ${result.mode === 'write' ? 'fixes written' : 'dry run'}${scope} · ${(s.durationMs / 1000).toFixed(1)}s`)}</p>`,
    `<section class="cards" aria-label="summary">${cards.map(([label, value]) => `<div class="card"><strong>${h(String(value))}</strong><span>${h(label)}</span></div>`).join('')}</section>`,
    `<section class="charts">`,
    barChart('Findings per rule', [...byRule].filter(([, counts]) => counts.findings > 0).map(([id, counts]) => ({ label: id, counts, filterRule: id })), 'chart-rules'),
    barChart('Findings per directory', countByDirectory(result.findings, context), 'chart-directories'),
    `</section>`,
    `<form class="filters" aria-label="filters">`,
    `<label>Rule <select id="filter-rule"><option value="">All rules</option>${ruleIds.map((id) => `<option value="${h(id)}">${h(`${id} (${byRule.get(id)?.findings ?? 0})`)}</option>`).join('')}</select></label>`,
    `<fieldset><legend hidden>Fix level</legend>${FIX_LEVELS.map((level) => `<label><input type="checkbox" name="level" value="${level}" checked> ${h(`${fixLevelLabel(level)} (${levelCounts[level]})`)}</label>`).join('')}</fieldset>`,
    `<label>Confidence <select id="filter-confidence">${CONFIDENCE_CHOICES.map(([value, label]) => `<option value="${value}">${h(`${label} (${countAtLeast(value)})`)}</option>`).join('')}</select></label>`,
    `<output id="filter-count">${h(`Showing ${s.findings} of ${s.findings} findings`)}</output>`,
    `</form>`,
    `<main>`,
    files.length > 0 ? files.map((report) => fileSection(report, context)).join('') : `<p class="empty">No leaks found.</p>`,
    `</main>`,
  ];
  if (result.errors.length > 0) {
    body.push(`<section class="errors"><h2>${h(plural(result.errors.length, 'error'))}</h2><ul>`);
    for (const error of result.errors) {
      const where = error.file ? `${context.repositoryPath(error.file)}${error.line ? `:${error.line}` : ''}` : '(run)';
      body.push(`<li><code>${h(where)}</code> ${h(error.kind)}: ${h(error.message.split('\n')[0] ?? '')}</li>`);
    }
    body.push(`</ul></section>`);
  }
  body.push(`</div>`);
  const csp = `default-src 'none'; style-src ${cspHash(STYLE)}; script-src ${cspHash(SCRIPT)}; img-src data:; form-action 'none'; base-uri 'none'`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(`unleak report: ${plural(s.findings, 'leak')}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body.join('\n'),
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
