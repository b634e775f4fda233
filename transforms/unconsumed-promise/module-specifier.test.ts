import { describe, expect, it } from 'vitest';
import { toModuleSpecifier } from './module-specifier';

describe('toModuleSpecifier', () => {
  it('keeps package names and aliases as written', () => {
    expect(toModuleSpecifier('@acme/log', 'src/jobs/sync.ts')).toBe('@acme/log');
    expect(toModuleSpecifier('#lib/log', 'src/a.ts')).toBe('#lib/log');
    expect(toModuleSpecifier('~/lib/log', 'src/a.ts')).toBe('~/lib/log');
  });

  it('makes a working-directory path relative to the file', () => {
    expect(toModuleSpecifier('./src/logger', 'src/jobs/sync.ts')).toBe('../logger');
    expect(toModuleSpecifier('./src/logger', 'src/app.ts')).toBe('./logger');
    expect(toModuleSpecifier('./lib/log', 'index.ts')).toBe('./lib/log');
    expect(toModuleSpecifier('./src/./lib/../logger', 'src\\jobs\\sync.ts')).toBe('../logger');
  });

  it('climbs out of the working directory when the option does', () => {
    expect(toModuleSpecifier('../shared/log', 'src/app.ts')).toBe('../../shared/log');
    expect(toModuleSpecifier('../shared/log', '../shared/jobs/a.ts')).toBe('../log');
  });

  it('gives null where the working directory would be needed', () => {
    expect(toModuleSpecifier('./src/logger', '/repo/src/app.ts')).toBeNull();
    expect(toModuleSpecifier('./src/logger', 'C:/repo/src/app.ts')).toBeNull();
    expect(toModuleSpecifier('./src/logger', '../other/app.ts')).toBeNull();
  });
});
