/** The run's notes about formatting unleak left to the project's own formatter. */
import type { FileReport } from '../core/finding';

/**
 * One note per formatter unleak did not run on changed files:
 * `formatting left to Biome (biome.json): run your formatter on the 3 changed files`.
 * From the reported files, so that merged shard reports count every shard's files.
 */
export function describeFormattingLeft(files: readonly FileReport[], write: boolean): string[] {
  const counts = new Map<string, number>();
  for (const file of files) {
    const left = file.formattingLeftTo;
    if (!left || file.output === undefined) continue;
    const key = left.why ? `${left.formatter.replace(/\)$/, '')}, not run: ${left.why})` : left.formatter;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([formatter, count]) => {
    const noun = count === 1 ? 'file' : 'files';
    const which = write ? `the ${count} changed ${noun}` : `the ${count} ${noun} the fixes change`;
    return `formatting left to ${formatter}: run your formatter on ${which}`;
  });
}
