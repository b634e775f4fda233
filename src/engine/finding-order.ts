/**
 * The order of findings within a file (line, column, rule, message): the order every report
 * prints. Its own module so that the run, the cached plans and merge-reports sort without
 * loading the linting code (lint-source.ts re-exports it).
 */
import type { Finding } from '../core/finding';

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
