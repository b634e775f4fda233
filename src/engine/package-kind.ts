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
 * So is a package whose only entry points name TypeScript sources that are not there (`"main":
 * "index.ts"` next to no index.ts: a field an app left behind): a build emits JavaScript
 * and declarations, never a `.ts` source, so no importer could load that entry. And so is a
 * package whose `start` script runs a file of its own with Node (`node app/src/server.js`,
 * `nodemon server`, `ts-node src/main.ts`): a server or service that runs itself, its `main` a
 * field left behind (a video-call server's `"main": "server.js"`) — unless the package names
 * another entry for importers (`exports`, `module`, `types`), or `start` runs a file of an
 * example, demo, test, benchmark or scripts folder (`node example/demo.js`), or starts with a flag
 * or another tool (`nodemon --watch src`, `vite`): all of which keep a library a library.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PackageKind } from '../core/rule';
import { isPackagedElectronApp } from './electron-app';
import { isBelowInstalledNodeModules, type FolderNegations } from './node-modules-negation';

export type { PackageKind };

const ENTRY_FIELDS = ['exports', 'main', 'module', 'types', 'typings'];

/** `dir`: the package's folder, where a missing TypeScript entry (`"main": "index.ts"`) is looked for. */
export function classifyPackageJson(manifest: unknown, dir?: string): PackageKind {
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) return 'application';
  const fields = manifest as Record<string, unknown>;
  // Case: `"private": true`: never published (apps, monorepo roots, internal workspaces)
  if (fields.private === true) return 'application';
  // Case: an Electron app packaged as a program: `main` is its main process
  if (isPackagedElectronApp(fields)) return 'application';
  // Case: a program that starts itself (`"start": "node server.js"`) and names no entry for importers beyond `main`
  if (fields.exports === undefined && fields.module === undefined && fields.types === undefined && fields.typings === undefined && startsItselfWithNode(fields.scripts)) return 'application';
  const entries = ENTRY_FIELDS.filter((field) => fields[field] !== undefined);
  // Case: every entry names a TypeScript source that is not there: no importer could load it
  if (dir !== undefined && entries.length > 0 && entries.every((field) => isMissingTypeScriptSource(fields[field], dir))) return 'application';
  // Case: an entry point for importers: `exports`, `main`, `module`, `types`
  return entries.length > 0 ? 'library' : 'application';
}

/** `start` runs a file with Node, after any `cross-env NAME=value` settings: `node server.js`, `nodemon app`, `tsx src/main.ts`. */
const STARTS_WITH_NODE = /^\s*(?:cross-env\s+(?:[A-Za-z_]\w*=\S*\s+)+)?(?:node|nodemon|ts-node|tsx)\s+(?!-)([\w./@-]+)/;
/** A library's own example, demo, test or benchmark: what its `start` may run without making it a program. */
const SIDE_FOLDER = /(?:^|\/)(?:examples?|demos?|samples?|playground|tests?|__tests__|spec|bench(?:mark)?s?|scripts|docs?)(?:\/|$)/;

function startsItselfWithNode(scripts: unknown): boolean {
  const start = scripts && typeof scripts === 'object' ? (scripts as Record<string, unknown>).start : undefined;
  const file = typeof start === 'string' ? STARTS_WITH_NODE.exec(start)?.[1] : undefined;
  return file !== undefined && !SIDE_FOLDER.test(file.replace(/^\.\//, ''));
}

/** A `.ts`/`.tsx`/`.mts`/`.cts` path (not a declaration file) with no file there: never build output. */
function isMissingTypeScriptSource(entry: unknown, dir: string): boolean {
  if (typeof entry !== 'string' || !/\.(?:[mc]?ts|tsx)$/.test(entry) || /\.d\.[mc]?ts$/.test(entry)) return false;
  return !fs.existsSync(path.resolve(dir, entry));
}

/**
 * A path below a `node_modules` folder no `.gitignore` re-includes: an installed package,
 * whatever its package.json says.
 */
export function isInstalledPackagePath(absolutePath: string, cache?: FolderNegations): boolean {
  return isBelowInstalledNodeModules(absolutePath, cache);
}
