/**
 * How a file imports a module that the configuration names relative to the working directory
 * (`abortHelpers.module: "./src/lib/abort"` → `../lib/abort` from `src/api/load.ts`). Package
 * names and aliases (`#lib/abort`, `~/lib/abort`) are used as written. The file's path and the
 * module are relative to the same directory (or absolute), so the answer does not depend on
 * which directory that is. Engine code: rules reach it through `RuleContext.importSpecifier`.
 */
import path from 'node:path';

export function toImportSpecifier(module: string, filename: string): string {
  if (!module.startsWith('./') && !module.startsWith('../')) return module;
  const relative = path.relative(path.dirname(path.resolve(filename)), path.resolve(module)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
