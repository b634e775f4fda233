/**
 * Issue 13's targets and the PASS/MISS arithmetic of the benchmark table. Pure: no I/O, so
 * test/bench/targets.test.ts checks it without running anything.
 */

/** Every target the table checks. `max` is inclusive unless `strict` (then the value must be below it). */
export const TARGETS = {
  warmWallMs: { max: 1000, label: 'wall ≤ 1.0 s' },
  coldWallMs: { max: 1500, label: 'wall ≤ 1.5 s' },
  rssMb: { max: 250, label: 'RSS ≤ 250 MB' },
  oxlintRatio: { max: 2, label: '≤ 2× oxlint' },
  cacheSecondRunMs: { max: 300, label: 'wall ≤ 0.3 s' },
  bigRssMb: { max: 1024, strict: true, label: 'RSS < 1 GB' },
  // "time grows linearly": files/s at 50k at least this share of files/s at 4k (the bench's own
  // reading of the wording; a 20% drop still counts as linear on a shared machine).
  linearRateShare: { min: 0.8, label: 'files/s big ≥ 0.8× corpus' },
};

/**
 * 'PASS' or 'MISS' for one measured value against one target; 'n/a' when there is no value
 * (a row that did not run, or a figure the platform does not give).
 */
export function verdict(value, target) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (target.min !== undefined && value < target.min) return 'MISS';
  if (target.max !== undefined && (target.strict ? value >= target.max : value > target.max)) return 'MISS';
  return 'PASS';
}

/** `wall ≤ 1.0 s PASS, RSS ≤ 250 MB MISS`: the cell of a row with several targets. */
export function verdictCell(checks) {
  return checks.map(({ value, target }) => `${target.label} ${verdict(value, target)}`).join(', ');
}

/** a / b, or null when either is missing or b is zero. */
export function ratio(a, b) {
  if (a === null || a === undefined || b === null || b === undefined || !b) return null;
  return a / b;
}
