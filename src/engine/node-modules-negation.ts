/**
 * A `node_modules` folder a `.gitignore` re-includes by name: the project's own source kept
 * there, not an installed copy (node-red commits its packages as `packages/node_modules/...`
 * with `node_modules` then `!packages/node_modules` in its .gitignore).
 *
 * ESLint's eslintrc convention: `node_modules` is skipped by default, and an ignore-file
 * negation can take a path below it back. Here a file below a `node_modules` folder counts as
 * re-included when, for every `node_modules` folder on its path, a negation pattern that names
 * `node_modules` (`!packages/node_modules/`, `!/packages/node_modules/@scope/`,
 * `!test/**\/node_modules`) in a `.gitignore` above that folder matches the folder itself or a
 * path between it and the file. A nested `node_modules` no negation names stays out, and so does
 * every folder when no `.gitignore` has such a line (a committed dependency folder: GitHub
 * Actions repositories). Whether the gitignore rules as a whole ignore the file is asked
 * separately (discover.ts).
 *
 * Patterns are matched exactly (a pattern matching `packages/node_modules` does not match the
 * nested `packages/node_modules/a/node_modules`), hence a small matcher of its own and not the
 * `ignore` package, which tests every parent of a path too.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface NodeModulesNegation {
  /** Folder of the `.gitignore`, relative to the root the paths are given from (`''` for the root). */
  folder: string;
  /** The pattern without `!` and trailing `/`, as a regular expression for a path relative to `folder`. */
  regex: RegExp;
  /** The pattern ended with `/`: matches folders only. */
  dirOnly: boolean;
  /** The pattern's leading segments without glob characters, relative to the root: where a walk for it starts. */
  start: string;
  /** The pattern has glob characters after `start`. */
  glob: boolean;
}

/** The negation lines of a `.gitignore` text that name `node_modules`; `folder` relative to the root. */
export function parseNodeModulesNegations(text: string, folder: string): NodeModulesNegation[] {
  // Asked of every .gitignore met: two substring searches decide for nearly all of them.
  if (!text.includes('!') || !text.includes('node_modules')) return [];
  const negations: NodeModulesNegation[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.startsWith('!') || !raw.includes('node_modules')) continue;
    // Unescaped trailing spaces are not part of a pattern.
    let pattern = raw.slice(1).replace(/(?<!\\) +$/, '');
    const dirOnly = pattern.endsWith('/');
    pattern = pattern.replace(/\/+$/, '');
    // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\/+/, '');
    if (pattern === '') continue;
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((s) => /[*?[\\]/.test(s));
    const literal = anchored ? (firstGlob === -1 ? segments : segments.slice(0, firstGlob)) : [];
    negations.push({
      folder,
      regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${globToRegExpSource(pattern)}$`),
      dirOnly,
      start: [folder, ...literal].filter((s) => s !== '').join('/'),
      glob: !anchored || firstGlob !== -1,
    });
  }
  return negations;
}

/** Gitignore glob syntax (`**`, `*`, `?`, `[...]`, `\` escapes) as regular-expression source. */
function globToRegExpSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/')) {
      // `**/` (any leading folders, none included), a trailing `/**` (everything inside)
      if (i + 2 === glob.length) out += '.*';
      else out += '(?:.*/)?';
      i += 2;
    } else if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += glob[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return out;
}

/**
 * Is every `node_modules` folder on `relative` (a path relative to the root, `/`-separated) from
 * segment `from` on named by one of `negations`? `from` skips the folders a user named: a
 * `node_modules` above the folder given on the command line does not count.
 */
export function isReincluded(relative: string, negations: readonly NodeModulesNegation[], from = 0): boolean {
  const segments = relative.split('/');
  for (let i = from; i < segments.length - 1; i++) {
    if (segments[i] === 'node_modules' && !namesFolder(segments, i, negations)) return false;
  }
  return true;
}

/** Does a negation of a `.gitignore` above folder `segments[0..i]` match it or a path between it and the file? */
function namesFolder(segments: readonly string[], i: number, negations: readonly NodeModulesNegation[]): boolean {
  for (const negation of negations) {
    const base = negation.folder === '' ? 0 : negation.folder.split('/').length;
    if (base > i || (base > 0 && segments.slice(0, base).join('/') !== negation.folder)) continue;
    for (let k = i; k < segments.length; k++) {
      if (negation.dirOnly && k === segments.length - 1) continue;
      if (negation.regex.test(segments.slice(base, k + 1).join('/'))) return true;
    }
  }
  return false;
}

/**
 * Can a file below the `node_modules` folder `relative` (relative to the root) be re-included:
 * does a negation name the folder itself, start inside it, or carry a glob that may reach below
 * it from a folder above? A walk enters only such folders; `isReincluded` decides per file.
 */
export function mayReinclude(relative: string, negations: readonly NodeModulesNegation[]): boolean {
  const segments = relative.split('/');
  return negations.some((negation) => {
    if (negation.start === relative || negation.start.startsWith(`${relative}/`)) return true;
    if (negation.folder !== '' && !relative.startsWith(`${negation.folder}/`)) return false;
    const base = negation.folder === '' ? 0 : negation.folder.split('/').length;
    if (negation.regex.test(segments.slice(base).join('/'))) return true;
    return negation.glob && (negation.start === '' || relative.startsWith(`${negation.start}/`));
  });
}

/** Negations of each folder's own `.gitignore`, by absolute folder: a cache one run (or one project view) keeps. */
export type FolderNegations = Map<string, NodeModulesNegation[]>;

/** The negations of `dir`'s own `.gitignore`, with `folder` relative to `dir`. */
function readFolderNegations(dir: string, negationsOfFolder: FolderNegations): NodeModulesNegation[] {
  let negations = negationsOfFolder.get(dir);
  if (!negations) {
    try {
      negations = parseNodeModulesNegations(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '');
    } catch {
      negations = [];
    }
    negationsOfFolder.set(dir, negations);
  }
  return negations;
}

/**
 * The negations of the `.gitignore` files in `dir` and the folders above it, up to the top of
 * its git work tree (the folder holding `.git`; the file system root outside git), relative to
 * that top, which is returned as `root`.
 */
export function negationsAbove(dir: string, cache: FolderNegations = new Map()): { root: string; negations: NodeModulesNegation[] } {
  const folders: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    folders.push(current);
    if (fs.existsSync(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  const root = current;
  const negations: NodeModulesNegation[] = [];
  for (const folder of folders.reverse()) {
    const relative = path.relative(root, folder).split(path.sep).join('/');
    for (const negation of readFolderNegations(folder, cache)) {
      negations.push({ ...negation, folder: relative, start: [relative, negation.start].filter((s) => s !== '').join('/') });
    }
  }
  return { root, negations };
}

/**
 * Is `absolutePath` below a `node_modules` folder that no `.gitignore` re-includes (an
 * installed copy)? A re-included one is the project's own source (package-kind.ts).
 */
export function isBelowInstalledNodeModules(absolutePath: string, cache?: FolderNegations): boolean {
  if (!/[\\/]node_modules[\\/]/.test(absolutePath)) return false;
  const { root, negations } = negationsAbove(path.dirname(absolutePath), cache);
  if (negations.length === 0) return true;
  return !isReincluded(path.relative(root, absolutePath).split(path.sep).join('/'), negations);
}
