import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/engine/discover';
import { git, initRepo, makeProject, writeFiles } from '../helpers/temp';

const FILES = {
  'src/a.ts': 'a',
  'src/b.tsx': 'b',
  'src/c.js': 'c',
  'src/d.mjs': 'd',
  'src/e.cjs': 'e',
  'src/f.jsx': 'f',
  'src/types.d.ts': 'declare const x: number;',
  'src/vendor.min.js': 'min',
  'src/style.css': 'css',
  'node_modules/pkg/index.js': 'dep',
  'dist/out.js': 'built',
  'packages/app/node_modules/x/y.ts': 'nested dep',
  '.gitignore': 'generated/\n*.gen.ts\n',
  'generated/api.ts': 'generated',
  'src/model.gen.ts': 'generated',
  'src/nested/.gitignore': '*.local.ts\n!keep.local.ts\n',
  'src/nested/secret.local.ts': 'ignored',
  'src/nested/keep.local.ts': 'kept by negation',
  'src/nested/ok.ts': 'ok',
};

const EXPECTED = [
  'src/a.ts',
  'src/b.tsx',
  'src/c.js',
  'src/d.mjs',
  'src/e.cjs',
  'src/f.jsx',
  'src/nested/keep.local.ts',
  'src/nested/ok.ts',
];

async function list(cwd: string, paths: string[] = ['.'], extra: Partial<Parameters<typeof discoverFiles>[0]> = {}) {
  const result = await discoverFiles({ cwd, paths, ...extra });
  return { files: result.files.map((f) => f.displayPath), skipped: result.skipped, missing: result.missing };
}

describe('discoverFiles', () => {
  it('outside git: honours nested .gitignore with negation and the default ignores', async () => {
    const dir = makeProject(FILES);
    expect((await list(dir)).files).toEqual(EXPECTED);
  });

  it('inside git: lists tracked and untracked files, honouring .gitignore', async () => {
    const dir = makeProject(FILES);
    initRepo(dir);
    fs.writeFileSync(path.join(dir, 'src/untracked.ts'), 'new');
    expect((await list(dir)).files).toEqual([...EXPECTED.slice(0, 6), ...EXPECTED.slice(6), 'src/untracked.ts'].sort());
  });

  it('inside git: a subdirectory gives paths relative to the working directory', async () => {
    const dir = makeProject(FILES);
    initRepo(dir);
    expect((await list(dir, ['src/nested'])).files).toEqual(['src/nested/keep.local.ts', 'src/nested/ok.ts']);
  });

  it('expands globs and applies git ignores to them', async () => {
    const dir = makeProject(FILES);
    initRepo(dir);
    expect((await list(dir, ['src/**/*.ts'])).files).toEqual(['src/a.ts', 'src/nested/keep.local.ts', 'src/nested/ok.ts']);
  });

  it('takes explicit files and user ignore patterns', async () => {
    const dir = makeProject(FILES);
    expect((await list(dir, ['src/a.ts', 'src/style.css'])).files).toEqual(['src/a.ts']);
    expect((await list(dir, ['src/style.css'])).skipped).toEqual([{ file: 'src/style.css', reason: 'not a JavaScript or TypeScript source file' }]);
    expect((await list(dir, ['.'], { ignorePatterns: ['src/nested/', '*.jsx'] })).files).toEqual(EXPECTED.slice(0, 5));
  });

  it('reports arguments that match nothing', async () => {
    const dir = makeProject(FILES);
    expect((await list(dir, ['nope', 'src/**/*.vue'])).missing).toEqual(['nope', 'src/**/*.vue']);
  });

  it('can turn the default ignores off', async () => {
    const dir = makeProject({ 'dist/out.js': 'x', 'node_modules/p/i.js': 'y' });
    expect((await list(dir, ['.'], { defaultIgnores: false })).files).toEqual(['dist/out.js', 'node_modules/p/i.js']);
  });

  it('never follows a symlink out of the target root', async () => {
    const outside = makeProject({ 'victim.ts': 'fetch(url);' });
    for (const useGit of [false, true]) {
      const dir = makeProject({ 'src/a.ts': 'a' });
      fs.symlinkSync(path.join(outside, 'victim.ts'), path.join(dir, 'src/link.ts'));
      fs.symlinkSync(outside, path.join(dir, 'src/linked-dir'));
      if (useGit) initRepo(dir);
      const result = await list(dir);
      expect(result.files).toEqual(['src/a.ts']);
      // git lists the link itself, so it is reported; the plain walk does not even see it.
      expect(result.skipped).toEqual(
        useGit ? [{ file: 'src/link.ts', reason: 'symbolic link that leads out of the target root (not followed)' }] : [],
      );
      // Named explicitly, a link that leads outside is refused as well.
      const explicit = await list(dir, ['src/link.ts']);
      expect(explicit.files).toEqual([]);
      expect(explicit.skipped[0]!.reason).toContain('out of the target root');
    }
  });

  it('skips symlinks inside the root while walking (the target itself is scanned)', async () => {
    const dir = makeProject({ 'src/a.ts': 'a' });
    fs.symlinkSync(path.join(dir, 'src/a.ts'), path.join(dir, 'src/alias.ts'));
    initRepo(dir);
    const result = await list(dir);
    expect(result.files).toEqual(['src/a.ts']);
    expect(result.skipped).toEqual([{ file: 'src/alias.ts', reason: 'symbolic link (not followed)' }]);
  });

  describe('vendored folders', () => {
    const VENDORED = {
      'src/app.ts': 'app',
      'src/vendor/chart.js': 'third party',
      'third_party/sdk/index.ts': 'third party',
      'lib/Vendors/legacy.js': 'third party',
      'src/vendors.ts': 'a file named like the folder is the project\'s own',
      'src/vendoring/tool.ts': 'a longer folder name is the project\'s own',
    };
    const OWN = ['src/app.ts', 'src/vendoring/tool.ts', 'src/vendors.ts'];
    const REASON = 'vendored third-party code (a vendor/ or third_party/ folder)';

    it.each([
      ['outside git', false],
      ['inside git', true],
    ])('%s: lists their files as skipped, not scanned', async (_label, git) => {
      const dir = makeProject(VENDORED);
      if (git) initRepo(dir);
      const result = await list(dir);
      expect(result.files).toEqual(OWN);
      expect([...result.skipped].sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual([
        { file: 'lib/Vendors/legacy.js', reason: REASON },
        { file: 'src/vendor/chart.js', reason: REASON },
        { file: 'third_party/sdk/index.ts', reason: REASON },
      ]);
    });

    it('scans them when named explicitly or with default ignores off', async () => {
      const dir = makeProject(VENDORED);
      expect((await list(dir, ['src/vendor/chart.js'])).files).toEqual(['src/vendor/chart.js']);
      expect((await list(dir, ['src/vendor'])).files).toEqual(['src/vendor/chart.js']);
      expect((await list(dir, ['.'], { defaultIgnores: false })).files).toEqual(
        ['lib/Vendors/legacy.js', 'src/app.ts', 'src/vendor/chart.js', 'src/vendoring/tool.ts', 'src/vendors.ts', 'third_party/sdk/index.ts'],
      );
    });
  });

  describe('node_modules re-included by a .gitignore negation (node-red keeps its packages there)', () => {
    // A project whose own packages live in packages/node_modules, as node-red's do.
    const REINCLUDED = {
      '.gitignore': 'node_modules\n!packages/node_modules\n!test/**/node_modules\npackages/node_modules/@acme/editor/public\n',
      'packages/node_modules/@acme/util/package.json': '{"name":"@acme/util","main":"index.js"}',
      'packages/node_modules/@acme/util/index.js': 'own source',
      'packages/node_modules/@acme/util/lib/log.ts': 'own source',
      'packages/node_modules/@acme/util/dist/built.js': 'build output inside stays out',
      'packages/node_modules/@acme/util/node_modules/dep/index.js': 'installed dependency of the package',
      'packages/node_modules/@acme/editor/public/app.js': 'ignored by the .gitignore',
      'packages/node_modules/@acme/editor/src/app.js': 'own source',
      'test/resources/node_modules/fixture/index.js': 'a test fixture',
      'node_modules/dep/index.js': 'installed',
      'src/main.js': 'own source',
    };
    const EXPECTED_REINCLUDED = [
      'packages/node_modules/@acme/editor/src/app.js',
      'packages/node_modules/@acme/util/index.js',
      'packages/node_modules/@acme/util/lib/log.ts',
      'src/main.js',
      'test/resources/node_modules/fixture/index.js',
    ];

    it('outside git: scans the re-included folders, not the nested node_modules or what the .gitignore ignores', async () => {
      expect((await list(makeProject(REINCLUDED))).files).toEqual(EXPECTED_REINCLUDED);
    });

    it('inside git: the tracked files of the re-included folders, and new untracked ones there', async () => {
      const dir = makeProject(REINCLUDED);
      initRepo(dir);
      // Committed anyway (forced), as dependencies sometimes are: still not the project's source.
      git(dir, 'add', '-f', 'packages/node_modules/@acme/util/node_modules/dep/index.js', 'packages/node_modules/@acme/editor/public/app.js', 'node_modules/dep/index.js');
      git(dir, 'commit', '-q', '-m', 'forced');
      writeFiles(dir, { 'packages/node_modules/@acme/util/lib/new.js': 'not yet added', 'packages/node_modules/@acme/util/node_modules/dep/other.js': 'installed' });
      expect((await list(dir)).files).toEqual([...EXPECTED_REINCLUDED, 'packages/node_modules/@acme/util/lib/new.js'].sort());
    });

    it('inside git: a folder below the repository root uses the root .gitignore', async () => {
      const dir = makeProject(REINCLUDED);
      initRepo(dir);
      expect((await list(dir, ['packages'])).files).toEqual(EXPECTED_REINCLUDED.filter((f) => f.startsWith('packages/')));
    });

    it('a negation below a node_modules folder re-includes only what it names (`!/packages/node_modules/@scope/`)', async () => {
      const files = {
        '.gitignore': 'packages/node_modules/*\n!/packages/node_modules/@acme/\n',
        'packages/node_modules/@acme/a/index.js': 'own',
        'packages/node_modules/other/index.js': 'installed',
      };
      expect((await list(makeProject(files))).files).toEqual(['packages/node_modules/@acme/a/index.js']);
      const dir = makeProject(files);
      initRepo(dir);
      git(dir, 'add', '-f', 'packages/node_modules/other/index.js');
      git(dir, 'commit', '-q', '-m', 'forced');
      expect((await list(dir)).files).toEqual(['packages/node_modules/@acme/a/index.js']);
    });

    it('a nested node_modules a negation names itself is scanned too', async () => {
      const files = {
        '.gitignore': 'node_modules/\n!packages/node_modules/\n!packages/node_modules/a/node_modules/\n',
        'packages/node_modules/a/node_modules/b/index.js': 'own',
        'packages/node_modules/c/node_modules/d/index.js': 'installed',
      };
      expect((await list(makeProject(files))).files).toEqual(['packages/node_modules/a/node_modules/b/index.js']);
      const dir = makeProject(files);
      initRepo(dir);
      git(dir, 'add', '-f', 'packages/node_modules/c/node_modules/d/index.js');
      git(dir, 'commit', '-q', '-m', 'forced');
      expect((await list(dir)).files).toEqual(['packages/node_modules/a/node_modules/b/index.js']);
    });

    it('inside git: a nested .gitignore below a re-included folder can re-include a node_modules below it', async () => {
      const dir = makeProject({
        '.gitignore': 'node_modules/\n!packages/node_modules/\n',
        'packages/node_modules/a/.gitignore': '!node_modules/\n',
        'packages/node_modules/a/node_modules/b/index.js': 'own',
        'packages/node_modules/c/node_modules/d/index.js': 'installed',
      });
      initRepo(dir);
      git(dir, 'add', '-f', 'packages/node_modules/c/node_modules/d/index.js');
      git(dir, 'commit', '-q', '-m', 'forced');
      expect((await list(dir)).files).toEqual(['packages/node_modules/a/node_modules/b/index.js']);
    });

    it('without a negation naming node_modules, committed node_modules stay skipped (a GitHub Action\'s dependencies)', async () => {
      const files = { '.gitignore': '!keep.js\n', 'index.js': 'own', 'node_modules/@actions/core/lib/core.js': 'committed dependency' };
      expect((await list(makeProject(files))).files).toEqual(['index.js']);
      const dir = makeProject(files);
      initRepo(dir);
      expect(git(dir, 'ls-files')).toContain('node_modules/@actions/core/lib/core.js');
      expect((await list(dir)).files).toEqual(['index.js']);
    });

    it('a negation that does not name node_modules does not re-include one', async () => {
      const files = { '.gitignore': 'node_modules\n!packages/*\n', 'packages/node_modules/a/index.js': 'x', 'packages/b/index.js': 'own' };
      expect((await list(makeProject(files))).files).toEqual(['packages/b/index.js']);
    });
  });
});
