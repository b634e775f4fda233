import { describe, expect, it } from 'vitest';
import { describeOwnerEnd } from './owner-end';

describe('describeOwnerEnd', () => {
  it('names the end of owners that have one, and nothing for those that do not', () => {
    expect(describeOwnerEnd('react-effect')).toBe('the effect is cleaned up');
    expect(describeOwnerEnd('angular')).toBe('the Angular class is destroyed');
    expect(describeOwnerEnd('module')).toBeNull();
  });
});
