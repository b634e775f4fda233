/**
 * `--format rdjson`: reviewdog's Diagnostic Format (`reviewdog -f=rdjson`).
 *
 * reviewdog counts columns in UTF-8 bytes and ends ranges exclusively, so positions are
 * converted from the finding's UTF-16 columns through the line's text. Each fix is one
 * suggestion over whole lines (the exact lines the fix produces), which reviewdog turns into
 * a GitHub or GitLab suggestion without reading the file again. Paths are relative to the
 * repository root: run reviewdog there.
 */
import type { FormatContext } from './context';
import type { FileReport, Finding, RunResult } from '../core/finding';
import { getFindingPatch, getSourceText } from './patch';
import { fixLevelLabel, TOOL_INFORMATION_URL } from './rule-docs';
import { getUtf8Column } from './text';
import type { SourceText } from '../core/source-text';

interface RdPosition {
  line: number;
  column?: number;
}

interface RdRange {
  start: RdPosition;
  end?: RdPosition;
}

export interface RdDiagnostic {
  message: string;
  location: { path: string; range: RdRange };
  severity: 'WARNING' | 'ERROR' | 'INFO';
  source?: { name: string; url?: string };
  code?: { value: string; url?: string };
  suggestions?: { range: RdRange; text: string }[];
}

export interface RdDiagnosticResult {
  source: { name: string; url: string };
  severity: 'WARNING';
  diagnostics: RdDiagnostic[];
}

function toByteRange(source: SourceText | null, finding: Finding): RdRange {
  if (!source) return { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } };
  return {
    start: { line: finding.line, column: getUtf8Column(source.lineText(finding.line), finding.column) },
    end: { line: finding.endLine, column: getUtf8Column(source.lineText(finding.endLine), finding.endColumn) },
  };
}

function toDiagnostic(finding: Finding, report: FileReport | undefined, context: FormatContext): RdDiagnostic {
  const source = report?.source !== undefined ? getSourceText(report, report.source) : null;
  const diagnostic: RdDiagnostic = {
    message: finding.fixDescription ? `${finding.message} Fix (${fixLevelLabel(finding.fix)}): ${finding.fixDescription}.` : finding.message,
    location: { path: context.repositoryPath(finding.file), range: toByteRange(source, finding) },
    // A low-confidence finding is information, not a warning (reviewdog's -level / -fail-level read this).
    severity: finding.confidence === 'low' ? 'INFO' : 'WARNING',
    code: { value: finding.rule, url: context.ruleHelp(finding.rule).docsUrl },
  };
  const patch = source && finding.fix !== 'none' ? getFindingPatch(source, finding) : null;
  if (patch && source) {
    const lastLine = source.lineText(patch.endLine);
    diagnostic.suggestions = [
      {
        range: {
          start: { line: patch.startLine, column: 1 },
          end: { line: patch.endLine, column: Buffer.byteLength(lastLine, 'utf8') + 1 },
        },
        text: patch.newLines.join('\n'),
      },
    ];
  }
  return diagnostic;
}

export function buildRdjson(result: RunResult, context: FormatContext): RdDiagnosticResult {
  const reports = new Map(result.files.map((report) => [report.file, report]));
  const diagnostics = result.findings.map((finding) => toDiagnostic(finding, reports.get(finding.file), context));
  for (const error of result.errors) {
    if (!error.file) continue;
    diagnostics.push({
      message: `unleak could not check this file (${error.kind}): ${error.message.split('\n')[0]}`,
      location: { path: context.repositoryPath(error.file), range: { start: { line: error.line ?? 1 } } },
      severity: error.kind === 'internal' || error.kind === 'write' ? 'ERROR' : 'WARNING',
      ...(error.rule ? { code: { value: error.rule } } : {}),
    });
  }
  return { source: { name: result.tool.name, url: TOOL_INFORMATION_URL }, severity: 'WARNING', diagnostics };
}

export function formatRdjson(result: RunResult, context: FormatContext): string {
  return JSON.stringify(buildRdjson(result, context), null, 2) + '\n';
}
