import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPackageOfMajorOnly, rangeAdmitsOnlyMajor, readAngularMajor, readPackageVersion, readVueMajor } from './package-version';

const dirs: string[] = [];

function makeProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-angular-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const core = (version: string): Record<string, string> => ({ 'node_modules/@angular/core/package.json': JSON.stringify({ name: '@angular/core', version }) });

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('readAngularMajor', () => {
  it('reads the installed @angular/core first, also from a workspace root above the project', () => {
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': '^17.0.0' } }), ...core('15.2.10') }))).toBe(15);
    const root = makeProject({ 'package.json': '{}', ...core('18.1.0'), 'apps/web/package.json': '{}' });
    expect(readAngularMajor(path.join(root, 'apps/web'))).toBe(18);
  });

  it('falls back to the lowest version of the declared range, in the nearest package.json that names it', () => {
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': '~16.2.0' } }) }))).toBe(16);
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ peerDependencies: { '@angular/core': '>=14.0.0 <18' } }) }))).toBe(14);
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ devDependencies: { '@angular/core': '^15.0.0 || ^16.0.0' } }) }))).toBe(15);
    const root = makeProject({ '.git/HEAD': '', 'package.json': JSON.stringify({ dependencies: { '@angular/core': '13.3.0' } }), 'libs/ui/package.json': '{"name":"ui"}' });
    expect(readAngularMajor(path.join(root, 'libs/ui'))).toBe(13);
  });

  it('is null when nothing says: no Angular, a tag or URL range, or a declaration above the repository root', () => {
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { react: '^18.0.0' } }) }))).toBeNull();
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': 'latest' } }) }))).toBeNull();
    const outer = makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': '^12.0.0' } }), 'repo/.git/HEAD': '', 'repo/package.json': '{}' });
    expect(readAngularMajor(path.join(outer, 'repo'))).toBeNull();
  });
});

describe('readVueMajor', () => {
  it('reads vue the same way (installed first, else the declared range), 2 or 3 only', () => {
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '2.6.10' } }) }))).toBe(2);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '^3.4.0' } }), 'node_modules/vue/package.json': JSON.stringify({ version: '2.7.16' }) }))).toBe(2);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '^3.4.0' } }) }))).toBe(3);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '^1.0.0' } }) }))).toBeNull();
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { react: '^19.0.0' } }) }))).toBeNull();
  });
});

describe('readPackageVersion', () => {
  const lock = (packages: Record<string, { version: string }>): string => JSON.stringify({ lockfileVersion: 3, packages: { '': {}, ...packages } });

  it('reads the lock file when nothing is installed: the project’s own entry, else the hoisted one, before the declared range', () => {
    expect(readPackageVersion(makeProject({ 'package.json': JSON.stringify({ dependencies: { axios: '^0.21.0' } }), 'package-lock.json': lock({ 'node_modules/axios': { version: '0.27.2' } }) }), 'axios')).toEqual([0, 27, 2]);
    expect(readPackageVersion(makeProject({ 'package.json': JSON.stringify({ dependencies: { kit: '^5.0.0' } }), 'package-lock.json': lock({ 'node_modules/axios': { version: '0.21.4' } }) }), 'axios')).toEqual([0, 21, 4]);
    const root = makeProject({ '.git/HEAD': '', 'package.json': '{}', 'package-lock.json': lock({ 'node_modules/axios': { version: '1.7.0' }, 'apps/web/node_modules/axios': { version: '0.19.2' } }), 'apps/web/package.json': '{}', 'apps/api/package.json': '{}' });
    expect(readPackageVersion(path.join(root, 'apps/web'), 'axios')).toEqual([0, 19, 2]);
    expect(readPackageVersion(path.join(root, 'apps/api'), 'axios')).toEqual([1, 7, 0]);
    expect(readPackageVersion(makeProject({ 'package.json': '{}', 'package-lock.json': JSON.stringify({ lockfileVersion: 1, dependencies: { axios: { version: '0.18.1' } } }) }), 'axios')).toEqual([0, 18, 1]);
  });

  it('reads yarn.lock (classic and berry), taking its lowest entry for the name and no other name', () => {
    const classic = 'axios-retry@^3.0.0:\n  version "3.9.1"\n\n"axios@^0.21.1", axios@^0.21.4:\n  version "0.21.4"\n\naxios@^1.0.0:\n  version "1.6.8"\n';
    expect(readPackageVersion(makeProject({ 'package.json': '{}', 'yarn.lock': classic }), 'axios')).toEqual([0, 21, 4]);
    expect(readPackageVersion(makeProject({ 'package.json': '{}', 'yarn.lock': '"vue@npm:^2.7.0":\n  version: 2.7.16\n  resolution: "vue@npm:2.7.16"\n' }), 'vue')).toEqual([2, 7, 16]);
  });

  it('installed wins over the lock; a tag range or nothing is null', () => {
    expect(readPackageVersion(makeProject({ 'package.json': '{}', 'package-lock.json': lock({ 'node_modules/axios': { version: '0.21.4' } }), 'node_modules/axios/package.json': JSON.stringify({ version: '1.2.0' }) }), 'axios')).toEqual([1, 2, 0]);
    expect(readPackageVersion(makeProject({ 'package.json': JSON.stringify({ dependencies: { axios: 'latest' } }) }), 'axios')).toBeNull();
    expect(readPackageVersion(makeProject({ 'package.json': '{}' }), 'axios')).toBeNull();
  });
});

describe('readVueMajor through the lock and Nuxt', () => {
  it('takes vue from the lock file, else from the Nuxt major (Nuxt 1 and 2: Vue 2, Nuxt 3: Vue 3)', () => {
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { nuxt: '^2.17.0' } }), 'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/vue': { version: '2.7.16' } } }) }))).toBe(2);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { nuxt: '^2.15.8' } }) }))).toBe(2);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ devDependencies: { nuxt: '^3.12.0' } }) }))).toBe(3);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { nuxt: '^1.4.0' } }) }))).toBe(2);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { nuxt: 'latest' } }) }))).toBeNull();
  });
});

describe('rangeAdmitsOnlyMajor', () => {
  it('is true for ranges of that major only: caret, tilde, x, exact, and a bound below the next major', () => {
    for (const range of ['^2.6.7', '~2.6', '2', '2.x', '2.6.*', '=2.6.7', 'v2.6.1', '2.6.7', '>=2.1.0 <3', '>=2 <3.0.0', '^2.1.0 || ~2.6.7', '^2.7.0-beta.1']) {
      expect(rangeAdmitsOnlyMajor(range, 2), range).toBe(true);
    }
  });

  it('is false for a range that may install another major, or that says nothing', () => {
    for (const range of ['^3.3.2', '>=2', '>=2.0.0 <4', '^2 || ^3', '*', 'latest', 'x', '', 'github:node-fetch/node-fetch', '^1.7.3', '>2', '<3']) {
      expect(rangeAdmitsOnlyMajor(range, 2), range).toBe(false);
    }
  });
});

describe('isPackageOfMajorOnly', () => {
  const pkg = (range: string): string => JSON.stringify({ dependencies: { 'node-fetch': range } });

  it('takes the installed, else the locked version, whatever the range says', () => {
    expect(isPackageOfMajorOnly(makeProject({ '.git/HEAD': '', 'package.json': pkg('>=2'), 'node_modules/node-fetch/package.json': '{"version":"2.7.0"}' }), 'node-fetch', 2)).toBe(true);
    expect(isPackageOfMajorOnly(makeProject({ '.git/HEAD': '', 'package.json': pkg('^2.6.0'), 'node_modules/node-fetch/package.json': '{"version":"3.3.2"}' }), 'node-fetch', 2)).toBe(false);
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/node-fetch': { version: '2.6.9' } } });
    expect(isPackageOfMajorOnly(makeProject({ '.git/HEAD': '', 'package.json': pkg('*'), 'package-lock.json': lock }), 'node-fetch', 2)).toBe(true);
  });

  it('else needs a declared range of that major only; no declaration is false', () => {
    expect(isPackageOfMajorOnly(makeProject({ '.git/HEAD': '', 'package.json': pkg('^2.6.1') }), 'node-fetch', 2)).toBe(true);
    expect(isPackageOfMajorOnly(makeProject({ '.git/HEAD': '', 'package.json': pkg('^2.6.1 || ^3.0.0') }), 'node-fetch', 2)).toBe(false);
    expect(isPackageOfMajorOnly(makeProject({ '.git/HEAD': '', 'package.json': pkg('^3.1.0') }), 'node-fetch', 2)).toBe(false);
    expect(isPackageOfMajorOnly(makeProject({ '.git/HEAD': '', 'package.json': '{}' }), 'node-fetch', 2)).toBe(false);
  });
});
