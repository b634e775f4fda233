import { describe, expect, it } from 'vitest';
import { getExtension, getLanguage } from './language';

describe('getExtension', () => {
  it('reads the last extension of the base name, in lower case, like path.extname', () => {
    expect(getExtension('src/app/Widget.TSX')).toBe('.tsx');
    expect(getExtension('C:\\repo\\file.cjs')).toBe('.cjs');
    expect(getExtension('a.b/file')).toBe('');
    expect(getExtension('.eslintrc')).toBe('');
    expect(getExtension('dir/archive.tar.gz')).toBe('.gz');
  });
});

describe('getLanguage', () => {
  it('decides the parser by extension and leaves out declaration files and minified bundles', () => {
    expect(getLanguage('src/a.ts')?.language).toBe('ts');
    expect(getLanguage('src\\b.tsx')?.language).toBe('tsx');
    expect(getLanguage('src/c.vue')?.container).toBe('vue');
    expect(getLanguage('types/d.d.ts')).toBeUndefined();
    expect(getLanguage('vendor/e.min.js')).toBeUndefined();
    // Case: tsd / Vitest type tests, only type-checked
    expect(getLanguage('test/types/find.test-d.ts')).toBeUndefined();
    expect(getLanguage('src/api.spec-d.tsx')).toBeUndefined();
    expect(getLanguage('test/find.test.ts')?.language).toBe('ts');
    expect(getLanguage('.ts')).toBeUndefined();
  });
});
