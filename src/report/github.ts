/**
 * `--format github`: GitHub Actions workflow commands, so findings show as annotations on the
 * pull request's files and in the run's summary.
 *
 * Injection safety: every annotation is one line whose data and properties are escaped as
 * the runner expects (`%`, CR and LF everywhere; `:` and `,` in properties too), so nothing a
 * file name or message holds can end the line and start another command. The readable part
 * below the annotations quotes repository text (paths, messages, code of the fixes) as is,
 * so it sits between `::stop-commands::<random token>` and `::<token>::`: the runner runs no
 * command in between.
 */
import { randomBytes } from 'node:crypto';
import type { FormatContext } from './context';
import type { FileReport, Finding, RunError, RunResult } from '../core/finding';
import { getFindingPatch, getSourceText } from './patch';
import { confidenceLabel, describeFilteredFindings, fixLevelLabel } from './rule-docs';
import { plural } from './text';

/** Escapes the message of a workflow command. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=…`, `title=…`) of a workflow command. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}

function annotateFinding(finding: Finding, context: FormatContext): string {
  const message = finding.fixDescription ? `${finding.message}\nFix (${fixLevelLabel(finding.fix)}): ${finding.fixDescription}` : finding.message;
  const singleLine = finding.line === finding.endLine;
  const doubt = confidenceLabel(finding.confidence);
  return command(
    // A low-confidence finding is a notice, not a warning: worth a look, not a gate.
    finding.confidence === 'low' ? 'notice' : 'warning',
    {
      file: context.repositoryPath(finding.file),
      line: finding.line,
      endLine: finding.endLine,
      col: finding.column,
      // The runner uses columns only within one line.
      endColumn: singleLine ? finding.endColumn : undefined,
      title: `unleak ${finding.rule} (${fixLevelLabel(finding.fix)}${doubt ? `, ${doubt}` : ''})`,
    },
    message,
  );
}

function annotateError(error: RunError, context: FormatContext): string {
  const level = error.kind === 'internal' || error.kind === 'write' ? 'error' : 'warning';
  return command(
    level,
    {
      file: error.file ? context.repositoryPath(error.file) : undefined,
      line: error.line,
      col: error.line ? error.column : undefined,
      title: `unleak: ${error.kind} error${error.rule ? ` in ${error.rule}` : ''}`,
    },
    error.message.split('\n')[0] ?? error.message,
  );
}

/** A token that does not occur in `text`, so nothing in it can resume commands early. */
function createStopToken(text: string): string {
  for (;;) {
    const token = `unleak-${randomBytes(16).toString('hex')}`;
    if (!text.includes(token)) return token;
  }
}

function describeFinding(finding: Finding, report: FileReport | undefined): string[] {
  const doubt = confidenceLabel(finding.confidence);
  const lines = [`${finding.file}:${finding.line}:${finding.column}  ${finding.message}  [${finding.rule}, ${fixLevelLabel(finding.fix)}${doubt ? `, ${doubt}` : ''}]`];
  const patch = report?.source !== undefined ? getFindingPatch(getSourceText(report, report.source), finding) : null;
  if (patch) {
    if (finding.fixDescription) lines.push(`    fix: ${finding.fixDescription}`);
    for (const line of patch.oldLines) lines.push(`    - ${line}`);
    for (const line of patch.newLines) lines.push(`    + ${line}`);
  }
  return lines;
}

export function formatGithub(result: RunResult, context: FormatContext): string {
  const annotations = [...result.findings.map((f) => annotateFinding(f, context)), ...result.errors.map((e) => annotateError(e, context))];
  const reports = new Map(result.files.map((report) => [report.file, report]));
  const s = result.summary;
  const details: string[] = [];
  const scope = result.changedSince ? ` on lines changed since ${result.changedSince.ref}` : '';
  details.push(
    `unleak: ${plural(s.findings, 'leak')}${scope} in ${plural(s.filesWithFindings, 'file')} ` +
      `(${s.fixable.auto} auto, ${s.fixable.suggestion} suggestion, ${s.fixable.none} report only), ${plural(s.errors, 'error')}`,
  );
  if (result.changedSince && s.findingsOutsideDiff) details.push(`${plural(s.findingsOutsideDiff, 'finding')} outside the diff not shown`);
  const filtered = describeFilteredFindings(result);
  if (filtered) details.push(filtered);
  for (const finding of result.findings) details.push(...describeFinding(finding, reports.get(finding.file)));
  for (const error of result.errors) details.push(`${error.file || '(run)'}: ${error.kind} error: ${error.message}`);
  const detailText = details.join('\n');
  const token = createStopToken(detailText);
  return [...annotations, `::stop-commands::${token}`, detailText, `::${token}::`].join('\n') + '\n';
}
