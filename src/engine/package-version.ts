/**
 * The version of a package the project uses, read without executing anything: the Angular major
 * for fixes that need a given Angular (`DestroyRef` and `takeUntilDestroyed` came with Angular 16;
 * docs/catalog.md: "The Angular version comes from the project's `@angular/core`"), the Vue major
 * for the hook an Options-API component releases in, axios's for its `signal` option, prettier's
 * for its defaults. Each is read the same way (here for `@angular/core`):
 *
 * 1. the installed `@angular/core` (the `version` of `node_modules/@angular/core/package.json`
 *    in the project folder or a folder above it, as Node looks it up, so a workspace's hoisted
 *    node_modules counts);
 * 2. else the version the lock file pins (`package-lock.json` / `npm-shrinkwrap.json`: the
 *    project's own `node_modules/<name>` entry, else the lock folder's; `yarn.lock`: its lowest
 *    entry), in the project folder or a folder above it up to the repository root — what a
 *    checkout without node_modules installs, also for a package only a dependency brings in
 *    (Nuxt 2's `vue`, `@nuxtjs/axios`'s `axios`);
 * 3. else the lowest version the `@angular/core` range admits in the nearest package.json that
 *    names it (dependencies, devDependencies, peerDependencies), looking up from the project
 *    folder to the repository root (a folder with `.git`);
 * 4. else `null` (unknown: rules fall back to what the file itself shows).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonObject } from './read-json';

/** A version as `[major, minor, patch]` (missing parts 0). */
export type PackageVersion = readonly [number, number, number];

function compareVersions(a: PackageVersion, b: PackageVersion): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** A version or a range's lowest bound (`^16.2.0`, `~17.0`, `>=15 <18`, `16.x`, `0.21.4`); `null` for tags and URLs. */
function lowestVersionOf(text: string): PackageVersion | null {
  let lowest: PackageVersion | null = null;
  for (const alternative of text.split('||')) {
    const match = /^\s*(?:[>=^~v]|>=)*\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[.\s-]|$)/.exec(alternative);
    if (!match) return null;
    const version: PackageVersion = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
    if (!lowest || compareVersions(version, lowest) < 0) lowest = version;
  }
  return lowest;
}

function installedVersion(projectDir: string, name: string): PackageVersion | null {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const version = readJsonObject(path.join(dir, 'node_modules', ...name.split('/'), 'package.json'))?.version;
    if (typeof version === 'string') return lowestVersionOf(version);
    if (path.dirname(dir) === dir) return null;
  }
}

/** The version an npm lock (`lockDir/package-lock.json`) pins for the project in `projectDir`. */
function npmLockedVersion(lock: Record<string, unknown>, lockDir: string, projectDir: string, name: string): PackageVersion | null {
  const packages = lock.packages as Record<string, { version?: unknown } | undefined> | undefined;
  const own = path.relative(lockDir, projectDir).split(path.sep).join('/');
  // Case: lockfileVersion 2 and 3: `packages["apps/web/node_modules/vue"]`, else the hoisted `packages["node_modules/vue"]`
  for (const key of [own ? `${own}/node_modules/${name}` : null, `node_modules/${name}`]) {
    const version = key ? packages?.[key]?.version : undefined;
    if (typeof version === 'string') return lowestVersionOf(version);
  }
  // Case: lockfileVersion 1: `dependencies.vue.version`
  const version = (lock.dependencies as Record<string, { version?: unknown } | undefined> | undefined)?.[name]?.version;
  return typeof version === 'string' ? lowestVersionOf(version) : null;
}

/** The lowest version `yarn.lock` resolves `name` to (a block headed `vue@^2.6.0, "vue@^2.7.0":`, then `version "2.7.16"`). */
function yarnLockedVersion(text: string, name: string): PackageVersion | null {
  let lowest: PackageVersion | null = null;
  let inBlock = false;
  for (const line of text.split(/\r?\n/)) {
    if (line && !/^\s/.test(line)) {
      inBlock = line.split(',').some((entry) => entry.trim().replace(/^"/, '').startsWith(`${name}@`));
      continue;
    }
    const version = inBlock ? /^\s+version:?\s+"?([^"\s]+)"?/.exec(line)?.[1] : undefined;
    const parsed = version ? lowestVersionOf(version) : null;
    if (parsed && (!lowest || compareVersions(parsed, lowest) < 0)) lowest = parsed;
  }
  return lowest;
}

function lockedVersion(projectDir: string, name: string): PackageVersion | null {
  const project = path.resolve(projectDir);
  for (let dir = project; ; dir = path.dirname(dir)) {
    for (const file of ['package-lock.json', 'npm-shrinkwrap.json']) {
      const lock = readJsonObject(path.join(dir, file));
      if (lock) return npmLockedVersion(lock, dir, project, name);
    }
    const yarnLock = path.join(dir, 'yarn.lock');
    if (fs.existsSync(yarnLock)) return yarnLockedVersion(fs.readFileSync(yarnLock, 'utf8'), name);
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return null;
  }
}

/** The range the nearest package.json that names `name` gives it (dependencies, devDependencies, peerDependencies). */
function declaredRange(projectDir: string, name: string): string | null {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const pkg = readJsonObject(path.join(dir, 'package.json'));
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
      const range = (pkg?.[field] as Record<string, unknown> | undefined)?.[name];
      if (typeof range === 'string') return range;
    }
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return null;
  }
}

function declaredVersion(projectDir: string, name: string): PackageVersion | null {
  const range = declaredRange(projectDir, name);
  return range === null ? null : lowestVersionOf(range);
}

/**
 * The range admits versions of one major only, `major`: every `||` alternative is `^2.6.7`,
 * `~2.6`, `2`, `2.x`, `2.6.*`, `=2.6.7` or `>=2.1 <3` (an upper bound no higher than the next
 * major). `>=2`, `*`, `latest`, `^2 || ^3`, a URL: `false`.
 */
export function rangeAdmitsOnlyMajor(range: string, major: number): boolean {
  const alternatives = range.split('||').map((alternative) => alternative.trim());
  return alternatives.every((alternative) => {
    const single = /^(?:[\^~=v]|~>)*\s*(\d+)(?:\.(?:\d+|[xX*])){0,2}(?:-[\w.-]+)?$/.exec(alternative);
    if (single) return Number(single[1]) === major;
    const bounded = /^>=?\s*v?(\d+)(?:\.(?:\d+|[xX*])){0,2}(?:-[\w.-]+)?\s+<\s*v?(\d+)(?:\.0){0,2}$/.exec(alternative);
    return bounded !== null && Number(bounded[1]) === major && Number(bounded[2]) === major + 1;
  });
}

/**
 * The project's `name` is of major `major` and of no other: the installed (else locked) version
 * has that major, else the declared range admits that major only (rangeAdmitsOnlyMajor). Unlike
 * readPackageMajor's lowest bound, `^2 || ^3` or `>=2` is not major 2 here: it may install 3.
 */
export function isPackageOfMajorOnly(projectDir: string, name: string, major: number): boolean {
  const pinned = installedVersion(projectDir, name) ?? lockedVersion(projectDir, name);
  if (pinned !== null) return pinned[0] === major;
  const range = declaredRange(projectDir, name);
  return range !== null && rangeAdmitsOnlyMajor(range, major);
}

/** The version of package `name` for the project: installed, else locked, else the lowest its declared range admits. */
export function readPackageVersion(projectDir: string, name: string): PackageVersion | null {
  return installedVersion(projectDir, name) ?? lockedVersion(projectDir, name) ?? declaredVersion(projectDir, name);
}

/** The major version of package `name` for the project, read the same way. */
export function readPackageMajor(projectDir: string, name: string): number | null {
  return readPackageVersion(projectDir, name)?.[0] ?? null;
}

export function readAngularMajor(projectDir: string): number | null {
  return readPackageMajor(projectDir, '@angular/core');
}

/**
 * The project's Vue major (2 or 3), read the same way from `vue`: an Options-API component
 * whose file shows no major then releases in the hook that major runs (`beforeDestroy` in
 * Vue 2 — a Vue 2.7 project also has `defineComponent` — `beforeUnmount` in Vue 3).
 */
export function readVueMajor(projectDir: string): 2 | 3 | null {
  const major = readPackageMajor(projectDir, 'vue');
  if (major === 2 || major === 3) return major;
  if (major !== null) return null;
  // Case: a Nuxt app that leaves `vue` to Nuxt: Nuxt 1 and 2 ship Vue 2, Nuxt 3 and later Vue 3
  const nuxt = readPackageMajor(projectDir, 'nuxt');
  return nuxt === null ? null : nuxt <= 2 ? 2 : 3;
}
