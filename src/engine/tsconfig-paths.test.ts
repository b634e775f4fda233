import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProject } from '../../test/helpers/temp';
import { clearDirEntries } from './dir-entries';
import { resolveProjectSpecifier } from './project-modules';
import { clearTsconfigPaths, getAliasCandidates, parseJsonWithComments } from './tsconfig-paths';

afterEach(() => {
  clearTsconfigPaths();
  clearDirEntries();
});

describe('parseJsonWithComments', () => {
  it('reads a tsconfig with comments and trailing commas, and leaves strings alone', () => {
    const text = '/* CLI */\n{\n  // options\n  "compilerOptions": { "baseUrl": "./", "paths": { "@a/*": ["src/*",], }, },\n  "note": "a // b /* c */ d,}",\n}\n';
    expect(parseJsonWithComments(text)).toEqual({ compilerOptions: { baseUrl: './', paths: { '@a/*': ['src/*'] } }, note: 'a // b /* c */ d,}' });
  });
});

describe('resolveProjectSpecifier', () => {
  it('resolves baseUrl imports, the most specific paths pattern, an exact pattern, and through extends', () => {
    const dir = makeProject({
      'package.json': '{"private":true}\n',
      'tsconfig.base.json': '{ "compilerOptions": { "baseUrl": "./", "paths": { "@lib/*": ["src/lib/*"], "@lib/core/*": ["src/core/*"], "config": ["src/config.ts"] } } }\n',
      'tsconfig.json': '{ "extends": "./tsconfig.base.json", "compilerOptions": { "strict": true } }\n',
      'src/app/services/library.service.ts': 'export class LibraryService {}\n',
      'src/lib/api/index.ts': 'export const api = 1;\n',
      'src/core/db.ts': 'export const db = 1;\n',
      'src/config.ts': 'export const config = 1;\n',
      'src/app/main.ts': '',
    });
    const from = path.join(dir, 'src/app/main.ts');
    expect(resolveProjectSpecifier(from, 'src/app/services/library.service')).toBe(path.join(dir, 'src/app/services/library.service.ts'));
    expect(resolveProjectSpecifier(from, '@lib/api')).toBe(path.join(dir, 'src/lib/api/index.ts'));
    expect(resolveProjectSpecifier(from, '@lib/core/db')).toBe(path.join(dir, 'src/core/db.ts'));
    expect(resolveProjectSpecifier(from, 'config')).toBe(path.join(dir, 'src/config.ts'));
    expect(resolveProjectSpecifier(from, './services/library.service')).toBe(path.join(dir, 'src/app/services/library.service.ts'));
    // Packages are not project files.
    expect(resolveProjectSpecifier(from, 'rxjs')).toBeNull();
    expect(resolveProjectSpecifier(from, 'node:fs')).toBeNull();
  });

  it('without baseUrl, paths are relative to the config and bare names are not tried; no config, no aliases', () => {
    const dir = makeProject({
      'web/package.json': '{"private":true}\n',
      'web/tsconfig.json': '{ "compilerOptions": { "paths": { "~/*": ["./src/*"] } } }\n',
      'web/src/util.ts': '',
      'web/src/main.ts': '',
      'plain/package.json': '{"private":true}\n',
      'plain/src/util.ts': '',
      'plain/src/main.ts': '',
    });
    expect(resolveProjectSpecifier(path.join(dir, 'web/src/main.ts'), '~/util')).toBe(path.join(dir, 'web/src/util.ts'));
    expect(getAliasCandidates(path.join(dir, 'web/src/main.ts'), 'src/util')).toEqual([]);
    expect(getAliasCandidates(path.join(dir, 'plain/src/main.ts'), 'src/util')).toEqual([]);
  });

  it('an unreadable or broken tsconfig gives no aliases', () => {
    const dir = makeProject({ 'tsconfig.json': '{ "compilerOptions": { "baseUrl": ', 'src/a.ts': '', 'src/main.ts': '' });
    expect(resolveProjectSpecifier(path.join(dir, 'src/main.ts'), 'src/a')).toBeNull();
  });
});
