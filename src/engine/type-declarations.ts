/**
 * Whether the project's own type declarations know the abort APIs a fix would write. A runtime
 * can have `AbortSignal.any` while the project's TypeScript does not declare it (TypeScript 5.3's
 * `lib.dom.d.ts` has `AbortSignal.timeout` but not `any`; `@types/node` 20.11 neither): a fix
 * that uses it would turn code that type-checked into code that does not. The declarations
 * looked at are the `lib.dom.d.ts` of the TypeScript the project installs (when its
 * `tsconfig.json` keeps the DOM lib) and its `@types/node`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseJsonWithComments } from './tsconfig-paths';

export interface DeclaredAbortApis {
  timeout: boolean;
  any: boolean;
  /** Which declarations were read: `TypeScript 5.3.3 lib.dom, @types/node 20.11.5`. */
  source: string;
}

const TIMEOUT_DECLARATION = /\btimeout\(milliseconds: number\): AbortSignal/;
const ANY_DECLARATION = /\bany\(signals: AbortSignal\[\]\): AbortSignal/;

function resolvePackageDir(name: string, projectDir: string): string | null {
  let found: string | null;
  try {
    found = path.dirname(require.resolve(`${name}/package.json`, { paths: [projectDir] }));
  } catch {
    found = null;
  }
  // Node's resolver does not read through the \`fs\` module: ask for the manifests it would meet
  // on the way, nearest first, so a \`--cache\` settings snapshot (settings-reads.ts) sees a
  // package installed or removed in any \`node_modules\` between the project and the one found.
  for (let dir = projectDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json')) && candidate === found) break;
    if (path.dirname(dir) === dir) break;
  }
  return found;
}

function readVersion(packageDir: string): string {
  try {
    return String((JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version?: unknown }).version ?? '');
  } catch {
    return '';
  }
}

/** Whether the project's `tsconfig.json` type-checks JavaScript files (`compilerOptions.checkJs`). */
export function readChecksJavaScript(projectDir: string): boolean {
  try {
    const config = parseJsonWithComments(fs.readFileSync(path.join(projectDir, 'tsconfig.json'), 'utf8')) as { compilerOptions?: { checkJs?: unknown } };
    return config?.compilerOptions?.checkJs === true;
  } catch {
    return false;
  }
}

/** The strings of `compilerOptions[key]` of the project's `tsconfig.json` (`lib`, `types`), or `null` when it sets none or cannot be read. */
function readTsconfigArray(projectDir: string, key: 'lib' | 'types'): string[] | null {
  let config: { compilerOptions?: Record<string, unknown> };
  try {
    config = parseJsonWithComments(fs.readFileSync(path.join(projectDir, 'tsconfig.json'), 'utf8')) as typeof config;
  } catch {
    return null;
  }
  const value = config?.compilerOptions?.[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : null;
}

/** `false` when the project's `tsconfig.json` sets `lib` without the DOM; `true` otherwise (the default libs include it). */
function usesDomLib(projectDir: string): boolean {
  const lib = readTsconfigArray(projectDir, 'lib');
  return lib === null || lib.some((name) => name.toLowerCase() === 'dom');
}

/**
 * `false` when the project's `tsconfig.json` lists `compilerOptions.types` without `node`: only
 * the listed packages' globals are included (alist-web's `"types": ["vite/client"]`), so an
 * installed or locked `@types/node` declares nothing for it.
 */
function includesNodeTypes(projectDir: string): boolean {
  const types = readTsconfigArray(projectDir, 'types');
  if (types === null || types.includes('node')) return true;
  // Case: `"lib": ["ESNext"], "types": ["vitest/globals"]` (immich's CLI): with neither the DOM lib
  // nor `node` the program would declare no `fetch` and no `AbortSignal` at all, yet the code calls
  // them: a listed types package brings Node's in by reference (vitest → vite's
  // `/// <reference types="node" />`). The `@types/node` the project installs is the one read.
  return !usesDomLib(projectDir) && types.length > 0;
}

function listDeclarationFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(full);
      } else if (entry.name.endsWith('.d.ts')) {
        files.push(full);
      }
    }
  };
  try {
    visit(dir);
  } catch {
    // An unreadable folder declares nothing.
  }
  return files;
}

/**
 * What one declaration file declares, by path, size and mtime: every project folder of a run
 * (14 in the bench corpus) resolves the same `lib.dom.d.ts` (2 MB) and `@types/node`, read once.
 */
const declared = new Map<string, { stamp: string; timeout: boolean; any: boolean }>();

function scan(files: readonly string[], found: { timeout: boolean; any: boolean }): void {
  for (const file of files) {
    if (found.timeout && found.any) return;
    let stamp: string;
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      continue;
    }
    let entry = declared.get(file);
    if (!entry || entry.stamp !== stamp) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      entry = { stamp, timeout: TIMEOUT_DECLARATION.test(text), any: ANY_DECLARATION.test(text) };
      declared.set(file, entry);
    }
    found.timeout ||= entry.timeout;
    found.any ||= entry.any;
  }
}

/**
 * What the declarations of the project in `projectDir` say; `null` when it installs no
 * TypeScript (nothing type-checks the fixed code, so nothing restricts it).
 */
export function readDeclaredAbortApis(projectDir: string): DeclaredAbortApis | null {
  const typescriptDir = resolvePackageDir('typescript', projectDir);
  if (!typescriptDir) return readLockedAbortApis(projectDir);
  const found = { timeout: false, any: false };
  const sources: string[] = [];
  if (usesDomLib(projectDir)) {
    scan([path.join(typescriptDir, 'lib', 'lib.dom.d.ts')], found);
    sources.push(`TypeScript ${readVersion(typescriptDir)} lib.dom`);
  }
  const nodeTypesDir = includesNodeTypes(projectDir) ? resolvePackageDir('@types/node', projectDir) : null;
  if (nodeTypesDir) {
    scan(listDeclarationFiles(nodeTypesDir), found);
    sources.push(`@types/node ${readVersion(nodeTypesDir)}`);
  }
  return { ...found, source: sources.join(', ') || 'no DOM lib and no @types/node' };
}

/** The lock files looked for, nearest first, in each folder from the project up. */
const LOCK_FILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock'];

/** Every version of `name` a lock file pins (npm, pnpm or yarn). */
export function readLockedVersions(lockFile: string, text: string, name: string): string[] {
  const versions = new Set<string>();
  const escaped = name.replace(/[/.]/g, (c) => `\\${c}`);
  if (lockFile.endsWith('.json')) {
    try {
      const lock = JSON.parse(text) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
      for (const [key, entry] of Object.entries(lock.packages ?? {})) if ((key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`)) && entry.version) versions.add(entry.version);
      const v1 = lock.dependencies?.[name]?.version;
      if (v1) versions.add(v1);
    } catch {
      // not a lock file
    }
  } else if (lockFile.endsWith('pnpm-lock.yaml')) {
    // `typescript@4.7.4:` (lock v6/v9), `/typescript/4.7.4:` or `/typescript@4.7.4:` (v5)
    for (const match of text.matchAll(new RegExp(`^\\s+['"]?/?${escaped}[@/](\\d+\\.\\d+\\.\\d+)[^:\\n]*['"]?:`, 'gm'))) versions.add(match[1]!);
  } else {
    // yarn: `typescript@^4.7.4:` then `  version "4.7.4"` (`version: 4.7.4` in berry)
    for (const match of text.matchAll(new RegExp(`^"?${escaped}@[^\\n]*:\\n\\s+version:? "?(\\d+\\.\\d+\\.\\d+)`, 'gm'))) versions.add(match[1]!);
  }
  return [...versions];
}

function isAtLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/**
 * For a project whose TypeScript is not installed (a fresh checkout, a PR bot's clone): what its
 * lock file pins. TypeScript's `lib.dom.d.ts` declares `AbortSignal.timeout` from 4.9 and
 * `@types/node` from 16.14; a project locked to TypeScript 4.7 with the DOM lib and no such
 * `@types/node` would not type-check a fix that writes it (alist-web). Only `timeout` is judged
 * here (`any` is left to the runtime target); `null` when no lock file names TypeScript.
 */
function readLockedAbortApis(projectDir: string): DeclaredAbortApis | null {
  for (let dir = projectDir; ; dir = path.dirname(dir)) {
    for (const name of LOCK_FILES) {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      const typescript = readLockedVersions(name, text, 'typescript');
      if (typescript.length === 0) return null;
      const nodeTypes = includesNodeTypes(projectDir) ? readLockedVersions(name, text, '@types/node') : [];
      const domTimeout = usesDomLib(projectDir) && typescript.some((version) => isAtLeast(version, 4, 9));
      const nodeTimeout = nodeTypes.some((version) => isAtLeast(version, 16, 14));
      return { timeout: domTimeout || nodeTimeout, any: true, source: `TypeScript ${typescript.join(', ')}${nodeTypes.length > 0 ? ` and @types/node ${nodeTypes.join(', ')}` : ''} in ${name}` };
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * Whether the project's `@types/node` is older than 16: its `setTimeout` / `setInterval` take a
 * required `ms`, so next to the DOM lib a `setTimeout(fn)` without a delay picks the DOM's
 * overload (`number`) while `ReturnType<typeof setTimeout>` names Node's `Timeout`.
 */
export function readTimerDelayRequired(projectDir: string): boolean {
  if (!resolvePackageDir('typescript', projectDir)) return false;
  const nodeTypesDir = resolvePackageDir('@types/node', projectDir);
  if (!nodeTypesDir) return false;
  const major = Number(/^(\d+)\./.exec(readVersion(nodeTypesDir))?.[1]);
  return Number.isFinite(major) && major < 16;
}
