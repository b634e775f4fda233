/**
 * Suppression comments (docs/catalog.md):
 *   // unleak-ignore-next-line [rule-id ...] [-- reason]
 *   /* unleak-ignore-file [rule-id ...] *\/      (before the first statement)
 * Rule ids may be separated by spaces or commas. An unknown rule id is itself reported.
 */
import type { Comment, File } from '@babel/types';

interface Directive {
  /** `null` means every rule. */
  rules: Set<string> | null;
}

export interface UnknownRuleReference {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Suppressions {
  file: Directive | null;
  /** By the line a directive applies to (the line after the comment). */
  lines: Map<number, Directive>;
  unknown: UnknownRuleReference[];
}

const DIRECTIVE = /^\s*\*?\s*(unleak-ignore-next-line|unleak-ignore-file)(?=\s|$)([^\n]*)$/;

function parseRuleList(rest: string): string[] {
  const withoutReason = rest.split(/\s--(?:\s|$)/)[0] ?? '';
  return withoutReason
    .replace(/\*\/?\s*$/, '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

function merge(existing: Directive | undefined | null, rules: string[]): Directive {
  if (rules.length === 0 || existing?.rules === null) return { rules: null };
  const merged = new Set(existing?.rules ?? []);
  for (const id of rules) merged.add(id);
  return { rules: merged };
}

/** Reads every directive of a parsed file. `knownRuleIds` enables the unknown-id check. */
export function collectSuppressions(ast: File, knownRuleIds?: ReadonlySet<string>): Suppressions {
  const result: Suppressions = { file: null, lines: new Map(), unknown: [] };
  const comments: Comment[] = ast.comments ?? [];
  if (comments.length === 0) return result;
  const firstStatementStart = ast.program.body[0]?.start ?? Infinity;
  for (const comment of comments) {
    if (!comment.value.includes('unleak-ignore')) continue;
    const match = DIRECTIVE.exec(comment.value.trim());
    if (!match || !comment.loc) continue;
    const kind = match[1];
    const rules = parseRuleList(match[2] ?? '');
    if (knownRuleIds) {
      for (const id of rules) {
        if (!knownRuleIds.has(id)) {
          result.unknown.push({
            ruleId: id,
            line: comment.loc.start.line,
            column: comment.loc.start.column + 1,
            endLine: comment.loc.end.line,
            endColumn: comment.loc.end.column + 1,
          });
        }
      }
    }
    if (kind === 'unleak-ignore-file') {
      if ((comment.end ?? Infinity) <= firstStatementStart) result.file = merge(result.file, rules);
    } else {
      const line = comment.loc.end.line + 1;
      result.lines.set(line, merge(result.lines.get(line), rules));
    }
  }
  return result;
}

function covers(directive: Directive | null | undefined, ruleId: string): boolean {
  return !!directive && (directive.rules === null || directive.rules.has(ruleId));
}

export function isSuppressed(suppressions: Suppressions, ruleId: string, line: number): boolean {
  return covers(suppressions.file, ruleId) || covers(suppressions.lines.get(line), ruleId);
}

/** True when the whole file is suppressed for every rule: no need to run anything. */
export function isFileFullySuppressed(suppressions: Suppressions): boolean {
  return suppressions.file?.rules === null;
}
