/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * - Paths are relative to the repository root (`%SRCROOT%`), columns are UTF-16 code units
 *   (`columnKind: "utf16CodeUnits"`), regions end exclusively, as `Finding` positions do.
 * - Every `auto` and `suggestion` finding carries its fix as `artifactChanges` with one
 *   replacement per edit, positioned in the original text.
 * - `partialFingerprints` hash the rule, the path and the finding's code (whitespace
 *   collapsed) plus an occurrence count, never a line number: editing code above a finding
 *   does not make code scanning see a new alert.
 * - GitHub rejects a run with more than 25,000 results; extra results are left out and a
 *   notification says how many.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { withLineTerminator } from '../core/source-text';
import { getFixFiles } from '../core/fix-files';
import type { FormatContext } from './context';
import type { Confidence, FileReport, Finding, RunError, RunResult } from '../core/finding';
import { getSourceText } from './patch';
import { fixLevelLabel, getReportedRuleIds, TOOL_INFORMATION_URL } from './rule-docs';

/** GitHub's hard limit of results per run. */
export const SARIF_MAX_RESULTS = 25_000;
export const SARIF_SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'unleakFinding/v1';
const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
  maxResults?: number;
}

export function formatSarif(result: RunResult, context: FormatContext, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarifLog(result, context, options), null, 2) + '\n';
}

export function buildSarifLog(result: RunResult, context: FormatContext, options: SarifOptions = {}): Sarif.Log {
  const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
  const ruleIds = getReportedRuleIds(result.rules, result.findings);
  const reportsByFile = new Map(result.files.map((report) => [report.file, report]));
  const fingerprints = createFingerprinter();
  const results: Sarif.Result[] = [];
  for (const finding of result.findings.slice(0, maxResults)) {
    const report = reportsByFile.get(finding.file);
    results.push(toSarifResult(finding, report, ruleIds.indexOf(finding.rule), context, fingerprints, reportsByFile));
  }
  const notifications = result.errors.map((error) => toNotification(error, context));
  const leftOut = result.findings.length - results.length;
  if (leftOut > 0) {
    notifications.push({
      level: 'warning',
      descriptor: { id: 'results-truncated' },
      message: {
        text:
          `${leftOut} of ${result.findings.length} results were left out: GitHub code scanning accepts at most ` +
          `${maxResults} results per run. Run unleak on fewer paths, or fix the reported leaks first.`,
      },
    });
  }
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: TOOL_INFORMATION_URL,
        rules: ruleIds.map((id) => toRuleDescriptor(id, context)),
      },
    },
    invocations: [
      {
        executionSuccessful: !result.errors.some((error) => error.kind === 'internal' || error.kind === 'write'),
        toolExecutionNotifications: notifications,
      },
    ],
    originalUriBaseIds: {
      [SOURCE_ROOT]: { uri: toDirectoryUri(result.repositoryRoot ?? result.cwd) },
    },
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      ...(leftOut > 0 ? { resultsLeftOut: leftOut } : {}),
      ...(result.changedSince ? { changedSince: { ref: result.changedSince.ref, base: result.changedSince.base } } : {}),
    },
  };
  return { $schema: SARIF_SCHEMA_URL, version: '2.1.0', runs: [run] };
}

function toDirectoryUri(directory: string): string {
  const uri = pathToFileURL(directory).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** `src/<a b>.ts` -> `src/%3Ca%20b%3E.ts`: a URI reference, segment by segment. */
export function toUriReference(repositoryPath: string): string {
  return repositoryPath.split('/').map(encodeURIComponent).join('/');
}

function toRuleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, ch: string) => ch.toUpperCase());
}

function toRuleDescriptor(id: string, context: FormatContext): Sarif.ReportingDescriptor {
  const help = context.ruleHelp(id);
  const lines = [
    help.description,
    ...(help.goAnalogue ? [`Go analogue: ${help.goAnalogue}.`] : []),
    `Best fix level: ${fixLevelLabel(help.fixLevel)}.`,
  ];
  return {
    id,
    name: toRuleName(id),
    shortDescription: { text: help.description },
    fullDescription: { text: lines.join(' ') },
    help: {
      text: `${lines.join('\n')}\nDocumentation: ${help.docsUrl}`,
      markdown: `${lines.join('\n\n')}\n\n[Documentation of ${id}](${help.docsUrl})`,
    },
    helpUri: help.docsUrl,
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['reliability', 'resource-leak'], precision: help.precision, 'problem.severity': 'warning' },
  };
}

function toArtifactLocation(file: string, context: FormatContext): Sarif.ArtifactLocation {
  return { uri: toUriReference(context.repositoryPath(file)), uriBaseId: SOURCE_ROOT };
}

const SARIF_RANK: Record<Confidence, number> = { high: 90, medium: 60, low: 30 };

function toSarifResult(
  finding: Finding,
  report: FileReport | undefined,
  ruleIndex: number,
  context: FormatContext,
  fingerprint: Fingerprinter,
  reports?: ReadonlyMap<string, FileReport>,
): Sarif.Result {
  const location = toArtifactLocation(finding.file, context);
  const sarifResult: Sarif.Result = {
    ruleId: finding.rule,
    ruleIndex,
    // A low-confidence finding is a `note`: shown, but not a warning that gates a merge.
    level: finding.confidence === 'low' ? 'note' : 'warning',
    // SARIF's rank is "relevance", 0 to 100; code scanning sorts by it.
    rank: SARIF_RANK[finding.confidence],
    message: { text: finding.fixDescription ? `${finding.message} Fix (${fixLevelLabel(finding.fix)}): ${finding.fixDescription}.` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, report, context) },
    properties: { fixLevel: finding.fix, confidence: finding.confidence },
  };
  if (finding.fix !== 'none' && finding.edits.length > 0 && report?.source !== undefined) {
    const artifactChanges: Sarif.ArtifactChange[] = [];
    for (const { file, edits } of getFixFiles(finding)) {
      const fileReport = file === finding.file ? report : reports?.get(file);
      if (fileReport?.source === undefined) continue;
      const source = getSourceText(fileReport, fileReport.source);
      artifactChanges.push({
        artifactLocation: toArtifactLocation(file, context),
        replacements: edits.map((edit) => {
          const start = source.positionAt(edit.start);
          const end = source.positionAt(edit.end);
          const replacement: Sarif.Replacement = {
            deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
          };
          if (edit.text !== '') replacement.insertedContent = { text: withLineTerminator(edit.text, fileReport.eol) };
          return replacement;
        }),
      });
    }
    sarifResult.fixes = [{ description: { text: `${fixLevelLabel(finding.fix)}: ${finding.fixDescription ?? finding.message}` }, artifactChanges }];
  }
  return sarifResult;
}

type Fingerprinter = (finding: Finding, report: FileReport | undefined, context: FormatContext) => string;

/**
 * Hash of rule, repository path and the finding's code with whitespace collapsed, plus the
 * number of earlier findings with the same hash: stable when unrelated lines move.
 */
function createFingerprinter(): Fingerprinter {
  const seen = new Map<string, number>();
  return (finding, report, context) => {
    let code = '';
    if (report?.source !== undefined) {
      const source = getSourceText(report, report.source);
      const start = source.offsetAt({ line: finding.line, column: finding.column });
      const end = source.offsetAt({ line: finding.endLine, column: finding.endColumn });
      code = source.slice(start, end).replace(/\s+/g, ' ').trim();
    }
    const hash = createHash('sha256')
      .update([finding.rule, context.repositoryPath(finding.file), code || finding.message].join('\0'))
      .digest('hex')
      .slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  };
}

function toNotification(error: RunError, context: FormatContext): Sarif.Notification {
  const notification: Sarif.Notification = {
    level: error.kind === 'internal' || error.kind === 'write' ? 'error' : 'warning',
    descriptor: { id: error.kind },
    message: { text: error.message },
  };
  if (error.rule) notification.associatedRule = { id: error.rule };
  if (error.file) {
    const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: toArtifactLocation(error.file, context) };
    if (error.line) physicalLocation.region = { startLine: error.line, ...(error.column ? { startColumn: error.column } : {}) };
    notification.locations = [{ physicalLocation }];
  }
  return notification;
}
