/** Small text helpers the formatters share: fences, escaping, UTF-8 columns, counts. */
import type { Finding, FixLevel } from '../core/finding';

/** A backtick fence longer than any run of backticks in `content` (at least three). */
export function getCodeFence(content: string, minimum = 3): string {
  let longest = 0;
  for (const match of content.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return '`'.repeat(Math.max(minimum, longest + 1));
}

/** Text safe to put in HTML element content and in double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Text safe in the middle of a Markdown line or table cell: Markdown punctuation is
 * backslash-escaped and HTML-significant characters become entities, so a file named
 * `<script>` or `*x*` shows as written; `@` becomes an entity so a name cannot mention (and
 * notify) anyone; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]#|~!]/g, (ch) => `\\${ch}`)
    .replace(/[&<>"@]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** An inline code span that holds `text` as written (backticks and all). */
export function markdownCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const fence = getCodeFence(flat, 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  // `|` would end a table cell even inside a code span.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** The 1-based UTF-8 byte column of the 1-based UTF-16 `column` of `lineText`. */
export function getUtf8Column(lineText: string, column: number): number {
  return Buffer.byteLength(lineText.slice(0, column - 1), 'utf8') + 1;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

export interface RuleCount {
  findings: number;
  auto: number;
  suggestion: number;
  none: number;
}

/** Findings per rule id, in the order given (rules without findings included). */
export function countByRule(ruleIds: readonly string[], findings: readonly Finding[]): Map<string, RuleCount> {
  const counts = new Map<string, RuleCount>();
  for (const id of ruleIds) counts.set(id, { findings: 0, auto: 0, suggestion: 0, none: 0 });
  for (const finding of findings) {
    const row = counts.get(finding.rule) ?? { findings: 0, auto: 0, suggestion: 0, none: 0 };
    row.findings++;
    row[finding.fix]++;
    counts.set(finding.rule, row);
  }
  return counts;
}

export const FIX_LEVELS: readonly FixLevel[] = ['auto', 'suggestion', 'none'];
