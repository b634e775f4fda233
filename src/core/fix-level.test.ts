import { describe, expect, it } from 'vitest';
import { calibrateConfidence, resolveConfidence } from './fix-level';

describe('confidence', () => {
  it('every fix is high; a report-only finding keeps what its rule said (high by default)', () => {
    expect(resolveConfidence('auto', 'low')).toBe('high');
    expect(resolveConfidence('suggestion', 'medium')).toBe('high');
    expect(resolveConfidence('none', 'medium')).toBe('medium');
    expect(resolveConfidence('none', undefined)).toBe('high');
  });

  it("a report-only finding takes its rule's calibrated confidence, and its note says so", () => {
    const finding = { fix: 'none' as const, confidence: 'medium' as const, message: 'x.on(…) is never removed. Medium confidence: it runs once per mount.' };
    expect(calibrateConfidence(finding, { medium: 'low' })).toEqual({ confidence: 'low', message: 'x.on(…) is never removed. Low confidence: it runs once per mount.' });
    // Case: a message with no note of its level: only the level changes
    expect(calibrateConfidence({ ...finding, message: 'x.on(…) is never removed.' }, { medium: 'low' })).toEqual({ confidence: 'low', message: 'x.on(…) is never removed.' });
  });

  it('a fix, a level the calibration does not name, and a rule without one stay as they are', () => {
    const message = 'Medium confidence: it runs once per mount.';
    expect(calibrateConfidence({ fix: 'suggestion', confidence: 'high', message }, { medium: 'low' })).toEqual({ confidence: 'high', message });
    expect(calibrateConfidence({ fix: 'none', confidence: 'high', message }, { medium: 'low' })).toEqual({ confidence: 'high', message });
    expect(calibrateConfidence({ fix: 'none', confidence: 'medium', message }, undefined)).toEqual({ confidence: 'medium', message });
  });
});
