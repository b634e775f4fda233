/**
 * The project's Angular major version, for fixes that need a given Angular (`DestroyRef` and
 * `takeUntilDestroyed` came with Angular 16; docs/catalog.md: "The Angular version comes from the
 * project's `@angular/core`"). Read without executing anything:
 *
 * 1. the installed `@angular/core` (the `version` of `node_modules/@angular/core/package.json`
 *    in the project folder or a folder above it, as Node looks it up, so a workspace's hoisted
 *    node_modules counts);
 * 2. else the lowest version the `@angular/core` range admits in the nearest package.json that
 *    names it (dependencies, devDependencies, peerDependencies), looking up from the project
 *    folder to the repository root (a folder with `.git`);
 * 3. else `null` (unknown: rules fall back to what the file itself shows).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonObject } from './read-json';

/** The first number of a version or of a range's lowest bound (`^16.2.0`, `~17.0`, `>=15 <18`, `16.x`); `null` for tags and URLs. */
function majorOf(text: string): number | null {
  const lowest = text
    .split('||')
    .map((alternative) => /^\s*(?:[>=^~v]|>=)*\s*(\d+)(?:[.\s]|$)/.exec(alternative)?.[1])
    .map((major) => (major === undefined ? NaN : Number(major)));
  if (lowest.length === 0 || lowest.some((major) => !Number.isFinite(major))) return null;
  return Math.min(...lowest);
}

function installedMajor(projectDir: string, name: string): number | null {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const version = readJsonObject(path.join(dir, 'node_modules', ...name.split('/'), 'package.json'))?.version;
    if (typeof version === 'string') return majorOf(version);
    if (path.dirname(dir) === dir) return null;
  }
}

function declaredMajor(projectDir: string, name: string): number | null {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const pkg = readJsonObject(path.join(dir, 'package.json'));
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
      const range = (pkg?.[field] as Record<string, unknown> | undefined)?.[name];
      if (typeof range === 'string') return majorOf(range);
    }
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return null;
  }
}

/** The major version of package `name` for the project, read the same way (installed, else declared). */
export function readPackageMajor(projectDir: string, name: string): number | null {
  return installedMajor(projectDir, name) ?? declaredMajor(projectDir, name);
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
  return major === 2 || major === 3 ? major : null;
}
