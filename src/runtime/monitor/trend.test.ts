import { describe, expect, it } from 'vitest';
import { detectClimb, detectSpike, getBaseline } from './trend';

describe('detectSpike', () => {
  it('needs three earlier samples', () => {
    expect(detectSpike([5, 5], 100)).toBeUndefined();
  });

  it('fires on a jump of at least factor × and minIncrease above the median', () => {
    expect(detectSpike([10, 12, 11, 40], 30)).toEqual({ baseline: 11.5, count: 30 });
    expect(detectSpike([10, 12, 11], 21)).toBeUndefined(); // +10 but < 2×
    expect(detectSpike([1, 1, 1], 3)).toBeUndefined(); // 3× but only +2
    expect(detectSpike([0, 0, 0], 10)).toEqual({ baseline: 0, count: 10 });
    expect(detectSpike([100, 100, 100], 160, { factor: 1.5, minIncrease: 50 })).toEqual({ baseline: 100, count: 160 });
  });

  it('uses the median, so one earlier burst does not raise the level', () => {
    expect(getBaseline([3, 500, 4])).toBe(4);
  });
});

describe('detectClimb', () => {
  it('fires on a steady rise', () => {
    const climb = detectClimb([3, 4, 6, 7, 9, 10, 12, 13, 15, 16]);
    expect(climb).toMatchObject({ from: 3, to: 16 });
    expect(climb!.fit).toBeGreaterThan(0.99);
  });

  it('fires on a noisy rise that a straight line still explains', () => {
    expect(detectClimb([10, 12, 11, 13, 14, 13, 15, 17, 16, 18, 19, 18, 21, 22, 21, 23])).toBeDefined();
  });

  it('stays quiet on a steady load, flat or noisy, and on a small rise', () => {
    expect(detectClimb([50, 50, 50, 50, 50])).toBeUndefined();
    expect(detectClimb([40, 62, 45, 58, 41, 60, 44, 57, 43, 61, 42, 59])).toBeUndefined();
    expect(detectClimb([3, 4, 5, 6, 7])).toBeUndefined(); // +4 < minIncrease 10
    expect(detectClimb([20, 18, 16, 14, 12, 10, 8, 6, 4, 2])).toBeUndefined();
  });

  it('takes minIncrease and minFit', () => {
    expect(detectClimb([3, 4, 5, 6, 7], { minIncrease: 4 })).toBeDefined();
    expect(detectClimb([0, 30, 5, 35, 10, 40, 15, 45], { minIncrease: 5 })).toBeUndefined();
    expect(detectClimb([0, 30, 5, 35, 10, 40, 15, 45], { minIncrease: 5, minFit: 0.1 })).toBeDefined();
  });
});
