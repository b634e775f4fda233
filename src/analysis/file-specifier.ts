/**
 * The import specifier for a module named in an option, as seen from one file. Options name a
 * project module relative to the working directory (`./lib/abort`, `./src/logger`); each file
 * imports it relative to itself. Package names and aliases (`@acme/log`, `#lib/abort`,
 * `~/lib/abort`) are used as written.
 *
 *   toFileSpecifier('./src/logger', 'src/jobs/sync.ts') -> '../logger'
 *   toFileSpecifier('@acme/log', 'src/jobs/sync.ts')    -> '@acme/log'
 */
import path from 'node:path';

export function toFileSpecifier(module: string, filename: string): string {
  // Case: a package name or an alias
  if (!module.startsWith('./') && !module.startsWith('../')) return module;
  // Case: a project path: relative to the file's folder, always starting with `.`
  const relative = path.relative(path.dirname(path.resolve(filename)), path.resolve(module)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
