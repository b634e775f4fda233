/** A rule's report as the finding every format prints: where, how sure, and what its fix edits. */
import type { Finding } from '../core/finding';
import { normalizeEdits } from '../core/fixer';
import { resolveConfidence, resolveFixLevel } from '../core/fix-level';
import type { ReportDescriptor } from '../core/rule';
import type { SourceText } from '../core/source-text';

/** The finding a report makes: its place in `source`, its fix level, confidence and edits. */
export function toFinding(descriptor: ReportDescriptor, ruleId: string, file: string, source: SourceText): Finding {
  const start = descriptor.range?.start ?? descriptor.node?.start ?? 0;
  const end = descriptor.range?.end ?? descriptor.node?.end ?? start;
  const from = source.positionAt(start);
  const to = source.positionAt(end);
  const fix = resolveFixLevel(descriptor.fix);
  const finding: Finding = {
    rule: ruleId,
    file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    message: descriptor.message,
    fix,
    confidence: resolveConfidence(fix, descriptor.confidence),
    edits: fix === 'none' ? [] : normalizeEdits(descriptor.fix!.edits),
  };
  if (fix !== 'none' && descriptor.fix?.description) finding.fixDescription = descriptor.fix.description;
  return finding;
}
