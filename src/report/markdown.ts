/**
 * `--format markdown`: a report for a pull request comment, a job summary
 * (`$GITHUB_STEP_SUMMARY`) or a wiki page. A summary table per rule, then per file its
 * findings, each with a small before/after diff of its fix (or the code it points at).
 *
 * Repository text is escaped (a file named `<script>` or `*x*` shows as written, an `@name`
 * mentions nobody); code sits in fences longer than any backtick run it holds. Long runs put
 * each file in a collapsed `<details>` section, and the report stops adding findings before
 * GitHub's comment limit (65,536 characters), saying how many it left out.
 */
import { describeTypeInfo } from './type-info';
import type { FormatContext } from './context';
import type { FileReport, Finding, RunResult } from '../core/finding';
import { getFindingHunks, getSourceText } from './patch';
import { confidenceLabel, describeFilteredFindings, fixLevelLabel, getReportedRuleIds } from './rule-docs';
import { countByRule, escapeHtml, escapeMarkdown, getCodeFence, markdownCode, plural } from './text';

/** Above this many findings, files are collapsed sections. */
export const COLLAPSE_ABOVE_FINDINGS = 10;
export const MAX_MARKDOWN_LENGTH = 60_000;
const MAX_SNIPPET_LINES = 12;
const MAX_CODE_LINES = 5;

export interface MarkdownOptions {
  maxLength?: number;
}

function codeLanguage(file: string): string {
  const ext = /\.([a-z]+)$/.exec(file)?.[1] ?? 'js';
  return ext === 'tsx' || ext === 'jsx' ? ext : /^[mc]?ts$/.test(ext) ? 'ts' : 'js';
}

function fenced(language: string, lines: readonly string[], indent: string): string {
  const content = lines.join('\n');
  const fence = getCodeFence(content);
  return [`${fence}${language}`, ...lines, fence].map((line) => indent + line).join('\n');
}

function snippet(finding: Finding, report: FileReport | undefined): string {
  if (report?.source === undefined) return '';
  const source = getSourceText(report, report.source);
  if (finding.fix !== 'none' && finding.edits.length > 0) {
    const hunks = getFindingHunks(source, finding);
    let lines = hunks.flatMap((hunk) => [
      ...(hunks.length > 1 ? [`@@ line ${hunk.startLine} @@`] : []),
      ...hunk.before.map((line) => `  ${line}`),
      ...hunk.removed.map((line) => `- ${line}`),
      ...hunk.added.map((line) => `+ ${line}`),
      ...hunk.after.map((line) => `  ${line}`),
    ]);
    if (lines.length > MAX_SNIPPET_LINES) lines = [...lines.slice(0, MAX_SNIPPET_LINES), `  … ${lines.length - MAX_SNIPPET_LINES} more lines (see --format diff)`];
    return fenced('diff', lines, '  ');
  }
  const last = Math.min(finding.endLine, finding.line + MAX_CODE_LINES - 1);
  const lines: string[] = [];
  for (let line = finding.line; line <= last; line++) lines.push(source.lineText(line));
  if (last < finding.endLine) lines.push('…');
  return fenced(codeLanguage(finding.file), lines, '  ');
}

function findingItem(finding: Finding, report: FileReport | undefined): string {
  const fix = finding.fixDescription ? ` Fix: ${markdownCode(finding.fixDescription)}` : '';
  const doubt = confidenceLabel(finding.confidence);
  const level = doubt ? `${fixLevelLabel(finding.fix)}, ${doubt}` : fixLevelLabel(finding.fix);
  const head = `- **${finding.line}:${finding.column}** ${markdownCode(finding.rule)} *${level}*: ${escapeMarkdown(finding.message)}${fix}`;
  const code = snippet(finding, report);
  return code ? `${head}\n\n${code}\n` : head;
}

function fileSection(report: FileReport, collapsed: boolean, context: FormatContext): string {
  const name = context.repositoryPath(report.file);
  const items = report.findings.map((finding) => findingItem(finding, report)).join('\n');
  const count = plural(report.findings.length, 'finding');
  if (collapsed) return `<details><summary><code>${escapeHtml(name)}</code> (${count})</summary>\n\n${items}\n\n</details>\n`;
  return `#### ${markdownCode(name)} (${count})\n\n${items}\n`;
}

function summaryTable(result: RunResult, context: FormatContext): string[] {
  const s = result.summary;
  const lines = ['| Rule | Findings | Auto fix | Suggestion | Report only |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const [id, row] of countByRule(getReportedRuleIds(result.rules, result.findings), result.findings)) {
    lines.push(`| [${escapeMarkdown(id)}](${context.ruleHelp(id).docsUrl}) | ${row.findings} | ${row.auto} | ${row.suggestion} | ${row.none} |`);
  }
  lines.push(`| **Total** | **${s.findings}** | **${s.fixable.auto}** | **${s.fixable.suggestion}** | **${s.fixable.none}** |`);
  return lines;
}

export function formatMarkdown(result: RunResult, context: FormatContext, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? MAX_MARKDOWN_LENGTH;
  const s = result.summary;
  const out: string[] = ['## unleak report', ''];
  const scope = result.changedSince ? ` on lines changed since ${markdownCode(result.changedSince.ref)}` : '';
  const would = result.mode === 'write' ? `${plural(s.filesChanged, 'file')} fixed` : `${plural(s.filesChanged, 'file')} would change with \`--write\``;
  out.push(
    s.findings === 0
      ? `No leaks found${scope} in ${plural(s.filesScanned, 'file')}.`
      : `**${plural(s.findings, 'leak')}**${scope} in ${plural(s.filesWithFindings, 'file')} ` +
          `(${s.filesScanned} scanned): ${plural(s.fixable.auto, 'auto fix', 'auto fixes')}, ${plural(s.fixable.suggestion, 'suggestion')}, ` +
          `${s.fixable.none} report only; ${would}.`,
  );
  if (result.changedSince && s.findingsOutsideDiff) out.push('', `${plural(s.findingsOutsideDiff, 'finding')} on unchanged lines not shown.`);
  const filtered = describeFilteredFindings(result);
  if (filtered) out.push('', `${escapeMarkdown(filtered)}.`);
  const types = describeTypeInfo(s.typeInfo);
  if (types) out.push('', `${escapeMarkdown(types)}.`);
  out.push('');
  if (s.findings > 0) out.push(...summaryTable(result, context), '');

  const collapsed = s.findings > COLLAPSE_ABOVE_FINDINGS;
  const reportsWithFindings = result.files.filter((report) => report.findings.length > 0);
  let length = out.join('\n').length;
  let shownFindings = 0;
  const sections: string[] = [];
  for (const report of reportsWithFindings) {
    const section = fileSection(report, collapsed, context);
    if (length + section.length > maxLength) break;
    sections.push(section);
    length += section.length + 1;
    shownFindings += report.findings.length;
  }
  if (sections.length > 0) out.push('### Findings', '', ...sections);
  if (shownFindings < s.findings) {
    out.push(`*${plural(s.findings - shownFindings, 'more finding')} not shown to keep this report within a comment's size; run unleak locally or use \`--format html\` for all of them.*`, '');
  }

  if (result.errors.length > 0) {
    out.push(`<details><summary>${plural(result.errors.length, 'error')}</summary>`, '');
    for (const error of result.errors.slice(0, 100)) {
      const where = error.file ? markdownCode(`${context.repositoryPath(error.file)}${error.line ? `:${error.line}` : ''}`) : '(run)';
      out.push(`- ${where} ${escapeMarkdown(error.kind)}: ${escapeMarkdown(error.message.split('\n')[0] ?? '')}`);
    }
    if (result.errors.length > 100) out.push(`- … and ${result.errors.length - 100} more`);
    out.push('', '</details>', '');
  }
  out.push(`<sub>${escapeMarkdown(`${result.tool.name} ${result.tool.version}`)}, ${(s.durationMs / 1000).toFixed(1)}s</sub>`);
  return out.join('\n') + '\n';
}
