import { describe, expect, it } from 'vitest';
import { describeTypeInfo } from './type-info';

describe('describeTypeInfo', () => {
  it('is nothing when no rule asked for types', () => {
    expect(describeTypeInfo(undefined)).toBeNull();
  });
  it('names the tsconfigs and the inferred program', () => {
    expect(describeTypeInfo({ tsconfigs: ['tsconfig.json', 'web/tsconfig.json'], inferredProgram: true, problems: [] })).toBe(
      'type information: tsconfig.json, web/tsconfig.json, an inferred program for files without a tsconfig',
    );
  });
  it('says why there is none, and what could not be used', () => {
    expect(describeTypeInfo({ tsconfigs: [], inferredProgram: false, none: 'turned off (--no-types)', problems: [] })).toBe('type information: none (turned off (--no-types))');
    expect(describeTypeInfo({ tsconfigs: [], inferredProgram: false, none: 'no program could be built', problems: ['tsconfig.json includes no files'] })).toBe(
      'type information: none (no program could be built); tsconfig.json includes no files — syntactic answers there',
    );
  });
});
