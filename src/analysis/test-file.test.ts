import { describe, expect, it } from 'vitest';
import { isTestFile } from './test-file';

describe('isTestFile', () => {
  it('recognises test names and test folders', () => {
    expect(isTestFile('src/api.spec.input.ts')).toBe(true);
    expect(isTestFile('src/api.test.ts')).toBe(true);
    expect(isTestFile('src/api.spec.tsx')).toBe(true);
    expect(isTestFile('src/__tests__/api.ts')).toBe(true);
    expect(isTestFile('test/api.js')).toBe(true);
    expect(isTestFile('packages/a/tests/x.mjs')).toBe(true);
    expect(isTestFile('e2e/login.ts')).toBe(true);
    expect(isTestFile('C:\\repo\\e2e\\login.ts')).toBe(true);
  });

  it('leaves source files alone, including names that only contain the words', () => {
    expect(isTestFile('src/api.ts')).toBe(false);
    expect(isTestFile('src/testing/helpers.ts')).toBe(false);
    expect(isTestFile('src/latest/api.ts')).toBe(false);
    expect(isTestFile('src/contest.ts')).toBe(false);
  });
});
