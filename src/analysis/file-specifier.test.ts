import { describe, expect, it } from 'vitest';
import { toFileSpecifier } from './file-specifier';

describe('toFileSpecifier', () => {
  it('keeps package names and aliases as written', () => {
    expect(toFileSpecifier('@acme/log', 'src/jobs/sync.ts')).toBe('@acme/log');
    expect(toFileSpecifier('#lib/abort', 'src/a.ts')).toBe('#lib/abort');
    expect(toFileSpecifier('~/lib/abort', 'src/a.ts')).toBe('~/lib/abort');
  });

  it('makes a working-directory path relative to the file', () => {
    expect(toFileSpecifier('./src/logger', 'src/jobs/sync.ts')).toBe('../logger');
    expect(toFileSpecifier('./src/logger', 'src/app.ts')).toBe('./logger');
    expect(toFileSpecifier('./lib/abort', 'index.ts')).toBe('./lib/abort');
  });

  it('climbs out of the working directory when the option does', () => {
    expect(toFileSpecifier('../shared/log', 'src/app.ts')).toBe('../../shared/log');
  });
});
