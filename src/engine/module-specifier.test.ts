import { describe, expect, it } from 'vitest';
import { toImportSpecifier } from './module-specifier';

describe('toImportSpecifier', () => {
  it('makes a working-directory-relative module relative to the importing file', () => {
    expect(toImportSpecifier('./src/lib/abort', 'src/api/load.ts')).toBe('../lib/abort');
    expect(toImportSpecifier('./src/lib/abort', 'src/load.ts')).toBe('./lib/abort');
    expect(toImportSpecifier('../lib/abort', 'api/load.ts')).toBe('../../lib/abort');
  });

  it('keeps package names and aliases as written', () => {
    expect(toImportSpecifier('#lib/abort', 'src/api/load.ts')).toBe('#lib/abort');
    expect(toImportSpecifier('abort-helpers', 'src/api/load.ts')).toBe('abort-helpers');
  });
});
