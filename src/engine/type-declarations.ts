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

/** `false` when the project's `tsconfig.json` sets `lib` without the DOM; `true` otherwise (the default libs include it). */
function usesDomLib(projectDir: string): boolean {
  let text: string;
  try {
    text = fs.readFileSync(path.join(projectDir, 'tsconfig.json'), 'utf8');
  } catch {
    return true;
  }
  // Only the `lib` array matters; read it without a full JSONC parse.
  const lib = /"lib"\s*:\s*\[([^\]]*)\]/.exec(text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''));
  if (!lib) return true;
  return /["']dom["']/i.test(lib[1]!);
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
  if (!typescriptDir) return null;
  const found = { timeout: false, any: false };
  const sources: string[] = [];
  if (usesDomLib(projectDir)) {
    scan([path.join(typescriptDir, 'lib', 'lib.dom.d.ts')], found);
    sources.push(`TypeScript ${readVersion(typescriptDir)} lib.dom`);
  }
  const nodeTypesDir = resolvePackageDir('@types/node', projectDir);
  if (nodeTypesDir) {
    scan(listDeclarationFiles(nodeTypesDir), found);
    sources.push(`@types/node ${readVersion(nodeTypesDir)}`);
  }
  return { ...found, source: sources.join(', ') || 'no DOM lib and no @types/node' };
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
