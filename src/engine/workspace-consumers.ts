/**
 * The workspace packages of a monorepo that run a package's code: those that depend on it,
 * directly or through other workspace packages (npm/yarn `workspaces`, `pnpm-workspace.yaml`).
 * A shared package has no runtime of its own: its code runs wherever its consumers run, so the
 * fixed code may only use what every consumer's runtime has.
 *
 * Real-world: a monorepo's `packages/router` (TanStack Query hooks, no dependencies naming a
 * runtime) is imported by both a Next.js app and a React Native app; `AbortSignal.timeout`, fine
 * for the web app, would be a TypeError on Hermes at every request of the mobile app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonObject } from './read-json';

interface Workspace {
  /** Name → folder of every workspace package. */
  packages: Map<string, { dir: string; dependencies: string[] }>;
  stamp: string;
}

const workspaces = new Map<string, Workspace | null>();

/** Forget the workspaces read (a lookup recorded for `--cache` must read them again). */
export function clearWorkspaceCache(): void {
  workspaces.clear();
}

function stampOf(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The workspace patterns declared in `dir` (package.json `workspaces`, pnpm-workspace.yaml), or `null`. */
function readWorkspacePatterns(dir: string): { patterns: string[]; file: string } | null {
  const pnpm = path.join(dir, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    try {
      const data = (require('yaml') as typeof import('yaml')).parse(fs.readFileSync(pnpm, 'utf8')) as { packages?: unknown } | null;
      if (Array.isArray(data?.packages)) return { patterns: data.packages.filter((p): p is string => typeof p === 'string'), file: pnpm };
    } catch {
      return null;
    }
  }
  const manifest = path.join(dir, 'package.json');
  const pkg = fs.existsSync(manifest) ? readJsonObject(manifest) : null;
  const declared = pkg?.workspaces;
  const list = Array.isArray(declared) ? declared : Array.isArray((declared as { packages?: unknown } | undefined)?.packages) ? (declared as { packages: unknown[] }).packages : null;
  return list ? { patterns: list.filter((p): p is string => typeof p === 'string'), file: manifest } : null;
}

function loadWorkspace(root: string, patterns: string[], file: string): Workspace | null {
  const stamp = stampOf(file) ?? '';
  const known = workspaces.get(root);
  if (known && known.stamp === stamp) return known;
  const { globSync } = require('tinyglobby') as typeof import('tinyglobby');
  const included = patterns.filter((p) => !p.startsWith('!')).map((p) => `${p.replace(/\/+$/, '')}/package.json`);
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => `${p.slice(1).replace(/\/+$/, '')}/package.json`);
  let manifests: string[] = [];
  try {
    manifests = globSync(included, { cwd: root, ignore: ['**/node_modules/**', ...excluded], absolute: true, followSymbolicLinks: false });
  } catch {
    manifests = [];
  }
  const packages = new Map<string, { dir: string; dependencies: string[] }>();
  for (const manifest of manifests.sort()) {
    const pkg = readJsonObject(manifest);
    if (!pkg || typeof pkg.name !== 'string') continue;
    const dependencies = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((key) =>
      typeof pkg[key] === 'object' && pkg[key] !== null ? Object.keys(pkg[key] as object) : [],
    );
    packages.set(pkg.name, { dir: path.dirname(manifest), dependencies });
  }
  const workspace = { packages, stamp };
  workspaces.set(root, workspace);
  return workspace;
}

/**
 * The workspace root (npm/yarn `workspaces`, `pnpm-workspace.yaml`) whose packages include the
 * one in `projectDir`, with that workspace, or `null` (not a workspace package). The search goes
 * up to the repository (`.git`) or the filesystem root; the nearest folder declaring workspaces
 * decides.
 */
function findWorkspace(projectDir: string): { root: string; workspace: Workspace; name: string } | null {
  const own = readJsonObject(path.join(projectDir, 'package.json'));
  if (!own || typeof own.name !== 'string') return null;
  for (let dir = path.dirname(path.resolve(projectDir)); ; ) {
    const declared = readWorkspacePatterns(dir);
    if (declared) {
      const workspace = loadWorkspace(dir, declared.patterns, declared.file);
      if (!workspace || workspace.packages.get(own.name)?.dir !== path.resolve(projectDir)) return null;
      return { root: dir, workspace, name: own.name };
    }
    const parent = path.dirname(dir);
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return null;
    dir = parent;
  }
}

/** The folder of the workspace root that lists the package in `projectDir` among its packages, or `null`. */
export function findWorkspaceRoot(projectDir: string): string | null {
  return findWorkspace(projectDir)?.root ?? null;
}

/**
 * Names and folders of the workspace packages that depend on the package in `projectDir`, directly or
 * through other workspace packages (sorted; empty outside a workspace). The search for the
 * workspace root goes up to the repository (`.git`) or the filesystem root.
 */
export function findWorkspaceConsumers(projectDir: string): { name: string; dir: string }[] {
  const found = findWorkspace(projectDir);
  if (!found) return [];
  const { workspace, name: ownName } = found;
  const consumers = new Map<string, string>();
  const queue = [ownName];
  while (queue.length > 0) {
    const name = queue.shift()!;
    for (const [consumer, entry] of workspace.packages) {
      if (consumer === ownName || consumers.has(consumer) || !entry.dependencies.includes(name)) continue;
      consumers.set(consumer, entry.dir);
      queue.push(consumer);
    }
  }
  return [...consumers].map(([name, dir]) => ({ name, dir })).sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}
