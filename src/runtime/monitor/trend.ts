/**
 * The two shapes of a leak in a series of resource counts: a sudden spike above the recent
 * level, and a steady climb across the window. Pure functions over numbers.
 */

export interface SpikeOptions {
  /** The new count is at least this many times the recent level. Default 2. */
  factor?: number;
  /** ...and at least this many above it (ignores 1 → 3). Default 10. */
  minIncrease?: number;
}

export interface ClimbOptions {
  /** The fitted line rises at least this much across the window. Default 10. */
  minIncrease?: number;
  /** How well a straight line explains the counts (R², 0..1); noise around a level scores near 0. Default 0.8. */
  minFit?: number;
}

export interface Spike {
  baseline: number;
  count: number;
}

export interface Climb {
  from: number;
  to: number;
  /** Increase per sample of the fitted line. */
  slope: number;
  fit: number;
}

/** The recent level: the median of the previous counts (robust to the odd burst). */
export function getBaseline(previous: readonly number[]): number {
  const sorted = [...previous].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Needs three earlier samples to know the level. */
export function detectSpike(previous: readonly number[], count: number, options: SpikeOptions = {}): Spike | undefined {
  if (previous.length < 3) return undefined;
  const factor = options.factor ?? 2;
  const minIncrease = options.minIncrease ?? 10;
  const baseline = getBaseline(previous);
  if (count - baseline >= minIncrease && count >= baseline * factor) return { baseline, count };
  return undefined;
}

/** Least-squares line through the window; a climb when it rises enough and fits well. */
export function detectClimb(window: readonly number[], options: ClimbOptions = {}): Climb | undefined {
  const n = window.length;
  if (n < 3) return undefined;
  const minIncrease = options.minIncrease ?? 10;
  const minFit = options.minFit ?? 0.8;
  const meanX = (n - 1) / 2;
  const meanY = window.reduce((sum, value) => sum + value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  window.forEach((value, index) => {
    sxy += (index - meanX) * (value - meanY);
    sxx += (index - meanX) ** 2;
    syy += (value - meanY) ** 2;
  });
  if (syy === 0) return undefined;
  const slope = sxy / sxx;
  const fit = (sxy * sxy) / (sxx * syy);
  if (slope <= 0 || slope * (n - 1) < minIncrease || fit < minFit) return undefined;
  return { from: window[0]!, to: window[n - 1]!, slope, fit };
}
