/**
 * Is a file part of a package published for others to import (a library), or of an
 * application? Rules ask it through `ProjectQueries.getPackageKind()` (unconsumed-promise: a
 * library's error channel is not `console.error`). Answered from the nearest package.json above
 * the file; a file below a `node_modules` folder is a library (an installed copy), unless a
 * `.gitignore` re-includes that folder by name (`!packages/node_modules/`: node-red keeps its own
 * packages there), which makes it the project's own source (node-modules-negation.ts).
 *
 * A library: a package.json that is not `"private": true` and names an entry point for
 * importers (`exports`, `main`, `module`, `types`/`typings`) and has no `bin` only. Anything else
 * with a package.json is an application (a private package, a package without an entry point:
 * a site, a service, a monorepo root), and so is an Electron app packaged as a program, whose
 * `main` is the entry of its main process, not of importers (electron-app.ts): one with a
 * packager (electron-builder, Electron Forge, electron-packager) or electron-builder's `build`
 * config, and the app directory of electron-builder's two-package.json layout (`isElectronAppDirectory`).
 */
import type { PackageKind } from '../core/rule';
import { isPackagedElectronApp } from './electron-app';
import { isBelowInstalledNodeModules, type FolderNegations } from './node-modules-negation';

export type { PackageKind };

export function classifyPackageJson(manifest: unknown): PackageKind {
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) return 'application';
  const fields = manifest as Record<string, unknown>;
  // Case: `"private": true`: never published (apps, monorepo roots, internal workspaces)
  if (fields.private === true) return 'application';
  // Case: an Electron app packaged as a program: `main` is its main process
  if (isPackagedElectronApp(fields)) return 'application';
  // Case: an entry point for importers: `exports`, `main`, `module`, `types`
  return ['exports', 'main', 'module', 'types', 'typings'].some((field) => fields[field] !== undefined) ? 'library' : 'application';
}

/**
 * A path below a `node_modules` folder no `.gitignore` re-includes: an installed package,
 * whatever its package.json says.
 */
export function isInstalledPackagePath(absolutePath: string, cache?: FolderNegations): boolean {
  return isBelowInstalledNodeModules(absolutePath, cache);
}
