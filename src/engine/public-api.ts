/**
 * Whether an export is the public API of its package (`ProjectContext.isPublicApi`): the
 * nearest package.json's `exports`, `main`, `module`, `types` and `bin` name entry files, and an
 * export is public when an entry file exports it or re-exports it (`export { x } from`,
 * `export * from`, followed a few levels). Entries that name build output (`dist/index.js`) are
 * mapped to the source file beside the package root (`src/index.ts`) when it exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectFiles } from './project-files';

const MAX_DEPTH = 6;
const BUILD_DIRS = /^(?:\.\/)?(?:dist|lib|build|out|esm|cjs)\//;

/** The file system as the query reads it: which folders hold a package.json (or .git), and the manifests. */
export interface PackageFileSystem {
  exists(file: string): boolean;
  /** A file's text, or `null` when it cannot be read. */
  readText(file: string): string | null;
}

export const NODE_FILE_SYSTEM: PackageFileSystem = {
  exists: (file) => fs.existsSync(file),
  readText(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
};

export function createPublicApiQuery(project: ProjectFiles, fileSystem: PackageFileSystem = NODE_FILE_SYSTEM): (absoluteFile: string, exportName: string) => boolean | null {
  const entriesByPackage = new Map<string, string[] | null>();

  function entriesOf(packageDir: string): string[] | null {
    if (entriesByPackage.has(packageDir)) return entriesByPackage.get(packageDir)!;
    let entries: string[] | null = null;
    try {
      const manifest = JSON.parse(fileSystem.readText(path.join(packageDir, 'package.json')) ?? '') as Record<string, unknown>;
      const specs: string[] = [];
      collectStrings(manifest.exports, specs);
      collectStrings(manifest.bin, specs);
      for (const key of ['main', 'module', 'types', 'typings']) if (typeof manifest[key] === 'string') specs.push(manifest[key] as string);
      // A package with none of them is imported as `index.js`.
      if (specs.length === 0 && manifest.exports === undefined) specs.push('./index.js');
      entries = [...new Set(specs.flatMap((spec) => resolveEntry(project, packageDir, spec)))];
    } catch {
      entries = null;
    }
    entriesByPackage.set(packageDir, entries);
    return entries;
  }

  function reexports(entry: string, target: string, name: string, depth: number): boolean {
    if (entry === target) return exportsName(entry, name);
    if (depth > MAX_DEPTH) return false;
    const file = project.openAbsolute(entry);
    if (!file) return false;
    for (const statement of file.ast.program.body) {
      if (statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportAllDeclaration') continue;
      if (!statement.source) continue;
      const from = project.resolve(entry, statement.source.value);
      if (!from) continue;
      if (statement.type === 'ExportAllDeclaration') {
        if (name !== 'default' && reexports(from, target, name, depth + 1)) return true;
        continue;
      }
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
        if (specifier.type === 'ExportSpecifier' && exported === name && reexports(from, target, specifier.local.name, depth + 1)) return true;
        // Case: `export * as api from './api'`
        if (specifier.type === 'ExportNamespaceSpecifier' && from === target) return true;
      }
    }
    return false;
  }

  function exportsName(absolute: string, name: string): boolean {
    const file = project.openAbsolute(absolute);
    if (!file) return false;
    for (const statement of file.ast.program.body) {
      if (statement.type === 'ExportDefaultDeclaration' && name === 'default') return true;
      if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
      const declaration = statement.declaration as { id?: { name?: string }; declarations?: { id: { name?: string } }[] } | null;
      if (declaration?.id?.name === name || declaration?.declarations?.some((d) => d.id.name === name)) return true;
      if (statement.specifiers.some((s) => s.type === 'ExportSpecifier' && (s.exported.type === 'Identifier' ? s.exported.name : s.exported.value) === name)) return true;
    }
    return false;
  }

  return (absoluteFile, exportName) => {
    const packageDir = findPackageDir(path.dirname(absoluteFile), fileSystem);
    if (!packageDir) return false;
    const entries = entriesOf(packageDir);
    if (!entries) return null;
    return entries.some((entry) => reexports(entry, path.resolve(absoluteFile), exportName, 0));
  };
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) collectStrings(inner, into);
}

/** The source files an entry names: itself, or the source of a build output. */
function resolveEntry(project: ProjectFiles, packageDir: string, spec: string): string[] {
  const relative = spec.startsWith('.') ? spec : `./${spec}`;
  const found: string[] = [];
  const direct = project.resolve(path.join(packageDir, 'package.json'), relative.replace(/\.d\.ts$/, ''));
  if (direct) found.push(direct);
  if (BUILD_DIRS.test(relative)) {
    const source = project.resolve(path.join(packageDir, 'package.json'), `./src/${relative.replace(BUILD_DIRS, '').replace(/\.(c|m)?js$|\.d\.ts$/, '')}`);
    if (source) found.push(source);
  }
  return found.map((file) => path.resolve(file));
}

function findPackageDir(dir: string, fileSystem: PackageFileSystem): string | null {
  for (let current = dir; ; ) {
    if (fileSystem.exists(path.join(current, 'package.json'))) return current;
    if (fileSystem.exists(path.join(current, '.git'))) return null;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
