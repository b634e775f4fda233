/**
 * `--format pretty` (the default): findings grouped by file, each with a code frame and a
 * coloured diff of its fix, then a summary table per rule and the run's totals.
 */
import { describeTypeInfo } from './type-info';
import { createColors } from 'picocolors';
import type { FileReport, Finding, RunResult } from '../core/finding';
import { getFindingHunks, getSourceText } from './patch';
import { getFixFiles } from '../core/fix-files';
import { confidenceLabel, describeFilteredFindings } from './rule-docs';

export interface PrettyOptions {
  color: boolean;
  /** Show code frames and fix diffs (default true). */
  details?: boolean;
}

type Colors = ReturnType<typeof createColors>;

const FRAME_CONTEXT = 1;
const MAX_FRAME_LINES = 6;
const MAX_DIFF_LINES = 16;
const MAX_SKIPPED_LISTED = 10;

function levelLabel(c: Colors, finding: Finding): string {
  const doubt = confidenceLabel(finding.confidence);
  return doubt ? `${fixLabel(c, finding)} ${c.dim(`(${doubt})`)}` : fixLabel(c, finding);
}

function fixLabel(c: Colors, finding: Finding): string {
  if (finding.applied) return c.green('fixed');
  switch (finding.fix) {
    case 'auto':
      return c.green('auto');
    case 'suggestion':
      return c.yellow('suggestion');
    case 'none':
      return c.dim('report only');
  }
}

function expandTabs(line: string): string {
  return line.replace(/\t/g, '  ');
}

function codeFrame(c: Colors, report: FileReport, finding: Finding): string[] {
  if (report.source === undefined) return [];
  const source = getSourceText(report, report.source);
  const first = Math.max(1, finding.line - FRAME_CONTEXT);
  const last = Math.min(source.lineCount, Math.min(finding.endLine, finding.line + MAX_FRAME_LINES - 2) + FRAME_CONTEXT);
  const width = String(last).length;
  const lines: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = source.lineText(n);
    const marked = n >= finding.line && n <= finding.endLine;
    const gutter = `${marked ? c.red('>') : ' '} ${c.dim(String(n).padStart(width) + ' |')}`;
    lines.push(`    ${gutter} ${expandTabs(text)}`);
    if (n === finding.line && finding.line === finding.endLine) {
      const before = expandTabs(text.slice(0, finding.column - 1));
      const underline = Math.max(1, expandTabs(text.slice(finding.column - 1, finding.endColumn - 1)).length);
      lines.push(`      ${' '.repeat(width)} ${c.dim('|')} ${' '.repeat(before.length)}${c.red('^'.repeat(underline))}`);
    }
  }
  return lines;
}

function fixDiff(c: Colors, report: FileReport, finding: Finding, reports: ReadonlyMap<string, FileReport>): string[] {
  if (report.source === undefined || finding.edits.length === 0) return [];
  const lines: string[] = [];
  const title = finding.fixDescription ? `${finding.fix === 'suggestion' ? 'suggested fix' : 'fix'}: ${finding.fixDescription}` : 'fix:';
  lines.push(`    ${c.dim(title)}`);
  const spansFiles = (finding.otherFiles?.length ?? 0) > 0;
  // Only the lines the fix changes; separate places get a line-number header each, and a fix
  // that spans files names each file.
  const body = getFixFiles(finding).flatMap(({ file, edits }) => {
    const fileReport = file === finding.file ? report : reports.get(file);
    if (fileReport?.source === undefined) return [c.dim(`@@ ${file} (not shown) @@`)];
    const hunks = getFindingHunks(getSourceText(fileReport, fileReport.source), { edits }, 0);
    return hunks.flatMap((hunk) => [
      ...(spansFiles ? [c.dim(`@@ ${file}:${hunk.startLine} @@`)] : hunks.length > 1 ? [c.dim(`@@ line ${hunk.startLine} @@`)] : []),
      ...hunk.removed.map((line) => c.red(`- ${expandTabs(line)}`)),
      ...hunk.added.map((line) => c.green(`+ ${expandTabs(line)}`)),
    ]);
  });
  for (const line of body.slice(0, MAX_DIFF_LINES)) lines.push(`    ${line}`);
  if (body.length > MAX_DIFF_LINES) lines.push(`    ${c.dim(`… ${body.length - MAX_DIFF_LINES} more lines (see --format diff)`)}`);
  return lines;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function summaryTable(c: Colors, result: RunResult): string[] {
  const byRule = new Map<string, { findings: number; auto: number; suggestion: number; none: number }>();
  for (const rule of result.rules) byRule.set(rule.id, { findings: 0, auto: 0, suggestion: 0, none: 0 });
  for (const finding of result.findings) {
    const row = byRule.get(finding.rule) ?? { findings: 0, auto: 0, suggestion: 0, none: 0 };
    row.findings++;
    row[finding.fix]++;
    byRule.set(finding.rule, row);
  }
  const headers = ['rule', 'findings', 'auto', 'suggestion', 'none'];
  const rows = [...byRule].map(([id, row]) => [id, String(row.findings), String(row.auto), String(row.suggestion), String(row.none)]);
  const total = result.summary;
  rows.push(['total', String(total.findings), String(total.fixable.auto), String(total.fixable.suggestion), String(total.fixable.none)]);
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => '  ' + cells.map((cell, i) => pad(cell, widths[i]!, i > 0)).join('  ');
  return [c.bold(line(headers)), ...rows.slice(0, -1).map(line), c.dim(line(rows[rows.length - 1]!))];
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function formatPretty(result: RunResult, options: PrettyOptions): string {
  const c = createColors(options.color);
  const details = options.details !== false;
  const out: string[] = [];
  const reportsByFile = new Map(result.files.map((report) => [report.file, report]));
  for (const report of result.files) {
    if (report.findings.length === 0) continue;
    out.push(c.underline(report.file));
    for (const finding of report.findings) {
      const position = c.dim(`${finding.line}:${finding.column}`);
      out.push(`  ${position}  ${finding.message}  ${c.cyan(finding.rule)}  ${levelLabel(c, finding)}`);
      if (details) {
        out.push(...codeFrame(c, report, finding));
        out.push(...fixDiff(c, report, finding, reportsByFile));
        out.push('');
      }
    }
    if (!details) out.push('');
  }
  if (result.errors.length > 0) {
    out.push(c.red(c.bold('Errors')));
    for (const error of result.errors) {
      const where = error.file ? `${error.file}${error.line ? `:${error.line}:${error.column}` : ''}` : '(run)';
      out.push(`  ${where}  ${error.message.split('\n')[0]}${error.rule ? c.dim(`  [${error.rule}]`) : ''}`);
    }
    out.push('');
  }
  if (result.skipped.length > 0) {
    out.push(c.bold(`Skipped (${result.skipped.length})`));
    for (const skipped of result.skipped.slice(0, MAX_SKIPPED_LISTED)) out.push(`  ${skipped.file}  ${c.dim(skipped.reason)}`);
    if (result.skipped.length > MAX_SKIPPED_LISTED) out.push(`  ${c.dim(`… and ${result.skipped.length - MAX_SKIPPED_LISTED} more (see --format json)`)}`);
    out.push('');
  }
  for (const note of result.notes) out.push(`  ${c.dim(`note: ${note}`)}`);
  if (result.notes.length > 0) out.push('');
  if (result.findings.length > 0) {
    out.push(...summaryTable(c, result));
    out.push('');
  }
  const s = result.summary;
  const changedLabel = result.mode === 'write' ? `${plural(s.filesChanged, 'file')} written` : `${plural(s.filesChanged, 'file')} would change`;
  const parts = [
    `${plural(s.filesScanned, 'file')} scanned`,
    `${s.filesWithFindings} with findings`,
    changedLabel,
    ...(s.filesSkipped > 0 ? [`${s.filesSkipped} skipped`] : []),
    ...(result.changedSince ? [`${plural(s.findingsOutsideDiff ?? 0, 'finding')} outside the changes since ${result.changedSince.ref}`] : []),
    s.errors > 0 ? c.red(plural(s.errors, 'error')) : '0 errors',
    `${(s.durationMs / 1000).toFixed(2)}s`,
  ];
  out.push(`  ${parts.join(c.dim(' · '))}`);
  const filtered = describeFilteredFindings(result);
  if (filtered) out.push(`  ${c.dim(filtered)}`);
  const types = describeTypeInfo(s.typeInfo);
  if (types) out.push(`  ${c.dim(types)}`);
  if (s.findings === 0 && s.errors === 0) out.push(`  ${c.green('No leaks found.')}`);
  if (result.mode === 'dry-run' && (s.fixable.auto > 0 || s.fixable.suggestion > 0)) {
    const hint =
      s.fixable.auto > 0
        ? `Run with --write to apply ${plural(s.fixable.auto, 'auto fix', 'auto fixes')}` +
          (s.fixable.suggestion > 0 ? ` (add --unsafe to also apply ${plural(s.fixable.suggestion, 'suggestion')})` : '') + '.'
        : `Run with --write --unsafe to apply ${plural(s.fixable.suggestion, 'suggestion')} (review them first).`;
    out.push(`  ${c.dim(hint)}`);
  }
  return out.join('\n') + '\n';
}
