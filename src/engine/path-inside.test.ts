import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPathInside } from './path-inside';

describe('isPathInside', () => {
  const root = path.resolve('/repo/app');
  it('is true for the folder itself and anything below it', () => {
    expect(isPathInside(root, root)).toBe(true);
    expect(isPathInside(path.join(root, 'src/a.ts'), root)).toBe(true);
    expect(isPathInside(path.join(root, '..cache/a.ts'), root)).toBe(true);
  });

  it('is false for siblings, parents and look-alike prefixes', () => {
    expect(isPathInside(path.resolve('/repo'), root)).toBe(false);
    expect(isPathInside(path.resolve('/repo/app-other/a.ts'), root)).toBe(false);
    expect(isPathInside(path.resolve('/repo/other/a.ts'), root)).toBe(false);
  });
});
