import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPackageJson, isInstalledPackagePath } from '../../src/engine/package-kind';
import { createProjectModules } from '../../src/engine/project-modules';
import { makeProject } from '../helpers/temp';

describe('classifyPackageJson', () => {
  it('a published package with an entry point is a library', () => {
    expect(classifyPackageJson({ name: 'undici', main: 'index.js' })).toBe('library');
    expect(classifyPackageJson({ name: 'x', exports: { '.': './dist/index.js' } })).toBe('library');
    expect(classifyPackageJson({ name: 'x', module: 'dist/x.mjs' })).toBe('library');
    expect(classifyPackageJson({ name: 'x', types: 'dist/x.d.ts' })).toBe('library');
  });

  it('a private package, or one without an entry point, is an application', () => {
    expect(classifyPackageJson({ name: 'web', private: true, main: 'index.js' })).toBe('application');
    expect(classifyPackageJson({ name: 'site', scripts: { start: 'vite' } })).toBe('application');
    expect(classifyPackageJson({ name: 'tool', bin: { tool: 'cli.js' } })).toBe('application');
    expect(classifyPackageJson(null)).toBe('application');
    expect(classifyPackageJson([])).toBe('application');
  });

  it('an Electron app packaged as a program is an application: its `main` is the main process', () => {
    expect(classifyPackageJson({ name: 'desk', main: './app/dist/main.js', devDependencies: { electron: '28.0.0', 'electron-builder': '24.0.0' } })).toBe('application');
    expect(classifyPackageJson({ name: 'desk', main: 'main.js', devDependencies: { electron: '28.0.0', '@electron-forge/cli': '7.0.0' } })).toBe('application');
    expect(classifyPackageJson({ name: 'desk', main: 'main.js', devDependencies: { electron: '28.0.0' }, build: { appId: 'org.example.desk' } })).toBe('application');
    // A library for Electron apps, tested against electron: still a library
    expect(classifyPackageJson({ name: 'electron-settings-store', main: 'index.js', devDependencies: { electron: '28.0.0' } })).toBe('library');
  });

  it('a package whose start script runs a file of its own with Node is a program; a flag or another tool keeps a library', () => {
    expect(classifyPackageJson({ name: 'p2p', main: 'server.js', scripts: { start: 'node app/src/server.js' } })).toBe('application');
    expect(classifyPackageJson({ name: 'api', main: 'index.js', scripts: { start: 'cross-env NODE_ENV=production node index.js' } })).toBe('application');
    expect(classifyPackageJson({ name: 'svc', main: 'dist/main.js', scripts: { start: 'ts-node src/main.ts' } })).toBe('application');
    expect(classifyPackageJson({ name: 'telemetry', main: 'dist/index.js', scripts: { start: 'nodemon --watch src/ --exec node src/index.js' } })).toBe('library');
    expect(classifyPackageJson({ name: 'ui-kit', main: 'dist/index.js', scripts: { start: 'vite' } })).toBe('library');
    expect(classifyPackageJson({ name: 'lib', main: 'index.js', scripts: { test: 'node test.js' } })).toBe('library');
    expect(classifyPackageJson({ name: 'lib-d1', main: 'index.js', scripts: { start: 'node example/demo.js' } })).toBe('library');
    expect(classifyPackageJson({ name: 'lib-d2', main: 'index.js', scripts: { start: 'node ./examples/server.js' } })).toBe('library');
    expect(classifyPackageJson({ name: 'lib-d3', main: 'dist/index.js', types: 'dist/index.d.ts', scripts: { start: 'node dist/index.js' } })).toBe('library');
  });
});

describe('classifyPackageJson with the package folder', () => {
  it('entry points that all name a TypeScript source not there make an application; anything else stays a library', () => {
    const dir = makeProject({ 'src/index.ts': 'export {};\n' });
    expect(classifyPackageJson({ name: 'ui', main: 'index.ts' }, dir)).toBe('application');
    expect(classifyPackageJson({ name: 'ui', main: './lib/app.tsx', module: 'lib/app.mts' }, dir)).toBe('application');
    // the source is there; a declaration file or JavaScript may be build output; one real entry is enough
    expect(classifyPackageJson({ name: 'ui', main: 'src/index.ts' }, dir)).toBe('library');
    expect(classifyPackageJson({ name: 'ui', types: 'dist/index.d.ts' }, dir)).toBe('library');
    expect(classifyPackageJson({ name: 'ui', main: 'dist/index.js' }, dir)).toBe('library');
    expect(classifyPackageJson({ name: 'ui', main: 'index.ts', exports: { '.': './dist/index.js' } }, dir)).toBe('library');
    // without the folder nothing is looked up
    expect(classifyPackageJson({ name: 'ui', main: 'index.ts' })).toBe('library');
  });
});

describe('isInstalledPackagePath', () => {
  it('is true below node_modules only', () => {
    expect(isInstalledPackagePath('/repo/node_modules/undici/lib/fetch.js')).toBe(true);
    expect(isInstalledPackagePath('C:\\repo\\node_modules\\x\\a.js')).toBe(true);
    expect(isInstalledPackagePath('/repo/src/node_modules_helper.ts')).toBe(false);
  });
});

describe('ProjectQueries.getPackageKind', () => {
  it('reads the nearest package.json above the file', () => {
    const dir = makeProject({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'packages/lib/package.json': JSON.stringify({ name: '@acme/lib', exports: './src/index.ts' }),
      'packages/lib/src/index.ts': 'export {};\n',
      'apps/web/src/main.ts': 'export {};\n',
      'loose/a.ts': 'export {};\n',
    });
    const projectFor = createProjectModules();
    expect(projectFor(path.join(dir, 'packages/lib/src/index.ts')).getPackageKind()).toBe('library');
    expect(projectFor(path.join(dir, 'apps/web/src/main.ts')).getPackageKind()).toBe('application');
    expect(projectFor(path.join(dir, 'loose/a.ts')).getPackageKind()).toBe('application');
  });

  it('answers null without a package.json, and library below node_modules', () => {
    const dir = makeProject({ 'src/a.ts': 'export {};\n', 'node_modules/x/a.js': 'module.exports = {};\n' });
    const projectFor = createProjectModules();
    // the temp dir has no package.json above it (os.tmpdir())
    expect(projectFor(path.join(dir, 'src/a.ts')).getPackageKind()).toBeNull();
    expect(projectFor(path.join(dir, 'node_modules/x/a.js')).getPackageKind()).toBe('library');
  });

  it('a node_modules folder a .gitignore re-includes is the project\'s own source: its package.json decides', () => {
    const dir = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'node_modules\n!packages/node_modules\n',
      'package.json': JSON.stringify({ name: 'node-red', private: true }),
      'packages/node_modules/@acme/runtime/package.json': JSON.stringify({ name: '@acme/runtime', main: './lib/index.js' }),
      'packages/node_modules/@acme/runtime/lib/index.js': 'module.exports = {};\n',
      'packages/node_modules/app/package.json': JSON.stringify({ name: 'app', bin: { app: 'red.js' } }),
      'packages/node_modules/app/red.js': 'require("./lib");\n',
      // An installed dependency below a re-included package: a library whatever its package.json says
      'packages/node_modules/app/node_modules/dep/package.json': JSON.stringify({ name: 'dep', private: true }),
      'packages/node_modules/app/node_modules/dep/index.js': '',
      'node_modules/x/package.json': JSON.stringify({ name: 'x', private: true }),
      'node_modules/x/a.js': '',
    });
    const projectFor = createProjectModules();
    expect(projectFor(path.join(dir, 'packages/node_modules/@acme/runtime/lib/index.js')).getPackageKind()).toBe('library');
    expect(projectFor(path.join(dir, 'packages/node_modules/app/red.js')).getPackageKind()).toBe('application');
    expect(projectFor(path.join(dir, 'packages/node_modules/app/node_modules/dep/index.js')).getPackageKind()).toBe('library');
    expect(projectFor(path.join(dir, 'node_modules/x/a.js')).getPackageKind()).toBe('library');
    expect(isInstalledPackagePath(path.join(dir, 'packages/node_modules/app/red.js'))).toBe(false);
  });

  it('the app directory of an electron-builder app (two package.json files) is an application', () => {
    const dir = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'package.json': JSON.stringify({ name: 'desk', main: './app/dist/main.js', devDependencies: { electron: '28.0.0' }, build: { appId: 'org.example.desk' } }),
      'app/package.json': JSON.stringify({ name: 'desk', main: './dist/main.js', dependencies: { 'native-store': '1.0.0' } }),
      'app/main.ts': 'export {};\n',
      'packages/ipc/package.json': JSON.stringify({ name: '@desk/ipc', main: './index.js' }),
      'packages/ipc/index.ts': 'export {};\n',
    });
    const projectFor = createProjectModules();
    expect(projectFor(path.join(dir, 'app/main.ts')).getPackageKind()).toBe('application');
    // A package beside it is not the app directory: still a library
    expect(projectFor(path.join(dir, 'packages/ipc/index.ts')).getPackageKind()).toBe('library');
  });

  it('a package.json that does not parse answers null', () => {
    const dir = makeProject({ 'package.json': '{ nope', 'a.ts': 'export {};\n' });
    expect(createProjectModules()(path.join(dir, 'a.ts')).getPackageKind()).toBeNull();
  });
});
