/** Comparisons of 1-based inclusive line ranges, for diffs and pull-request hunks. */
import type { LineRange } from './finding';

/** `range` shares a line with one of `ranges` (sorted, disjoint). */
export function overlapsAny(range: LineRange, ranges: readonly LineRange[]): boolean {
  return ranges.some((other) => other.start <= range.end && range.start <= other.end);
}

/** `range` lies entirely inside one of `ranges`. */
export function isInsideOne(range: LineRange, ranges: readonly LineRange[]): boolean {
  return ranges.some((other) => other.start <= range.start && range.end <= other.end);
}
