/**
 * The import specifier for the `onErrorModule` option, as seen from one file. The option names
 * a project module relative to the working directory (`./src/logger`); a file imports it
 * relative to itself. Package names and aliases (`@acme/log`, `#lib/log`, `~/lib/log`) are used
 * as written. Path arithmetic on strings only (rules do not read the working directory): a
 * filename that is not relative to the working directory, or a module above it that the file
 * cannot name, gives `null` (the fix then stays a suggestion).
 *
 *   toModuleSpecifier('./src/logger', 'src/jobs/sync.ts') -> '../logger'
 *   toModuleSpecifier('@acme/log', 'src/jobs/sync.ts')    -> '@acme/log'
 *
 * fetch-timeout's `abortHelpers.module` has its own copy (with node:path and the process's
 * working directory); the two should meet once the engine hands rules that directory.
 */
export function toModuleSpecifier(module: string, filename: string): string | null {
  // Case: a package name or an alias
  if (!module.startsWith('./') && !module.startsWith('../')) return module;
  const file = filename.replace(/\\/g, '/');
  // Case: an absolute filename (a jscodeshift run on absolute paths): the working directory is unknown
  if (file.startsWith('/') || /^[A-Za-z]:\//.test(file)) return null;
  const from = normalize(file.split('/').slice(0, -1));
  const to = normalize(module.split('/'));
  if (!from || !to) return null;
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const up = from.slice(common);
  // Case: the file's folder climbs above the working directory further than the module: its
  // folder names are unknown
  if (up.includes('..')) return null;
  const relative = [...up.map(() => '..'), ...to.slice(common)].join('/');
  return relative.startsWith('..') ? relative : `./${relative}`;
}

/** Segments without `.` and with `..` applied; leading `..` kept; `null` for an empty path. */
function normalize(segments: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out;
}
