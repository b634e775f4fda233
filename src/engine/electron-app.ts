/**
 * Electron apps, read from their package.json: the `electron` they run on (target.ts) and the
 * app directory of electron-builder's two-package.json layout, whose own package.json names the
 * app's main-process entry (`main`) without being a library (package-kind, target.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonObject } from './read-json';

/** The version range of `electron` the package depends on (an Electron app keeps it in devDependencies). */
export function electronRange(pkg: Record<string, unknown>): string | null {
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const range = (pkg[field] as Record<string, unknown> | undefined)?.electron;
    if (typeof range === 'string') return range;
  }
  return null;
}

/** The tools that package an Electron app into an installable program: only an application uses them. */
const APP_PACKAGERS = ['electron-builder', '@electron-forge/cli', 'electron-forge', 'electron-packager', '@electron/packager'];

/** Is the package an Electron app packaged as a program (a packager in its dependencies, or electron-builder's `build` config)? */
export function isPackagedElectronApp(pkg: Record<string, unknown>): boolean {
  const dependencies = { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) } as Record<string, unknown>;
  if (APP_PACKAGERS.some((name) => name in dependencies)) return true;
  return isObject(pkg.build) && electronRange(pkg) !== null;
}

/**
 * The app directories (absolute) of an Electron app packaged with electron-builder, the package
 * in `dir`: `build.directories.app`, by default `app` or `www` (electron-builder's defaults).
 */
export function electronAppDirs(pkg: Record<string, unknown>, dir: string): string[] {
  if (electronRange(pkg) === null || !(isObject(pkg.build) || 'electron-builder' in ((pkg.devDependencies as object | undefined) ?? {}))) return [];
  const app = isObject(pkg.build) && isObject(pkg.build.directories) ? pkg.build.directories.app : undefined;
  return (typeof app === 'string' ? [app] : ['app', 'www']).map((name) => path.resolve(dir, name));
}

function isObject(value: unknown): value is Record<string, unknown> & { directories?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The folder of the nearest package.json above `dir` (itself excluded), never above the repository root (a folder with `.git`). */
export function enclosingPackageDir(dir: string): string | null {
  if (fs.existsSync(path.join(dir, '.git'))) return null;
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, 'package.json'))) return current;
    if (fs.existsSync(path.join(current, '.git')) || path.dirname(current) === current) return null;
  }
}

/** Is `dir` the app directory of the Electron app that encloses it (see `electronAppDirs`)? */
export function isElectronAppDirectory(dir: string): boolean {
  const enclosing = enclosingPackageDir(dir);
  const outer = enclosing === null ? null : readJsonObject(path.join(enclosing, 'package.json'));
  return outer !== null && electronAppDirs(outer, enclosing!).includes(path.resolve(dir));
}
