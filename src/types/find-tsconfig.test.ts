import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject } from '../../test/helpers/temp';
import { createTsconfigFinder } from './find-tsconfig';

describe('createTsconfigFinder', () => {
  it('finds the nearest tsconfig.json above a file, not above the stop folder', () => {
    const dir = makeProject({ 'tsconfig.json': '{}', 'packages/a/tsconfig.json': '{}', 'packages/a/src/x.ts': '', 'packages/b/src/y.ts': '' });
    const find = createTsconfigFinder(dir);
    expect(find(path.join(dir, 'packages/a/src/x.ts'))).toBe(path.join(dir, 'packages/a/tsconfig.json'));
    expect(find(path.join(dir, 'packages/b/src/y.ts'))).toBe(path.join(dir, 'tsconfig.json'));
    expect(createTsconfigFinder(path.join(dir, 'packages/b'))(path.join(dir, 'packages/b/src/y.ts'))).toBeNull();
  });

  it('a project outside the stop folder stops at its own repository root', () => {
    const dir = makeProject({ 'tsconfig.json': '{}', 'other/.git/HEAD': '', 'other/src/z.ts': '', 'nested/tsconfig.json': '{}', 'nested/src/w.ts': '' });
    const find = createTsconfigFinder(path.join(dir, 'elsewhere'));
    expect(find(path.join(dir, 'other/src/z.ts'))).toBeNull();
    expect(find(path.join(dir, 'nested/src/w.ts'))).toBe(path.join(dir, 'nested/tsconfig.json'));
  });
});
