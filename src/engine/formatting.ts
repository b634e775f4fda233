/**
 * How long a generated line may be in a file, and who formats the project when unleak does
 * not: the nearest formatter config above the file (Biome, dprint, deno fmt, oxfmt, prettier)
 * and `.editorconfig`'s `max_line_length`. Read as data only; no project code runs.
 *
 * The width reaches rules through `Settings.printWidth` and `CodeStyle.printWidth`; rules never
 * read these files themselves.
 */
import { isPathInside } from './path-inside';
import fs from 'node:fs';
import path from 'node:path';
import { findPrettierConfig } from './prettier';
import { clearTsconfigPaths } from './tsconfig-paths';
import { clearDirEntries, hasDirEntry } from './dir-entries';

const loadPicomatch = (): typeof import('picomatch') => require('picomatch') as typeof import('picomatch');

export const DEFAULT_PRINT_WIDTH = 80;

export interface ProjectFormatting {
  /** The longest line generated code should make. */
  printWidth: number;
  /** Where `printWidth` came from (`"biome.json formatter.lineWidth"`, `"default"`). */
  widthSource: string;
  /**
   * The project's formatter, when it is one unleak does not run (`"Biome (biome.json)"`), or a
   * prettier config unleak may not run (`why` says why); `null` for prettier configs unleak
   * runs and for projects with no formatter config.
   */
  leftTo: { formatter: string; why?: string } | null;
  /** One-parameter arrows as the formatter config writes them (prettier `arrowParens`, Biome, oxfmt); unset when the config does not say. */
  arrowParens?: 'always' | 'avoid';
  /** Trailing commas as the formatter config sets them (prettier / oxfmt `trailingComma`, Biome `trailingCommas`); unset when it does not say. */
  trailingCommas?: TrailingCommas;
}

export type TrailingCommas = 'all' | 'es5' | 'none';

interface FormatterConfig {
  /** Display name and config file: `Biome (biome.json)`. */
  formatter: string;
  why?: string;
  width?: number;
  widthKey?: string;
  defaultWidth: number;
  /** unleak runs this formatter itself (a data-only prettier config). */
  runByUnleak: boolean;
  arrowParens?: 'always' | 'avoid';
  trailingCommas?: TrailingCommas;
}

/** Formatter configs other than prettier's, in the order they are looked for in each folder. */
const OTHER_FORMATTERS: readonly { files: readonly string[]; name: string; defaultWidth: number; read(data: Record<string, unknown>): { width?: number; key: string; arrowParens?: 'always' | 'avoid'; trailingCommas?: TrailingCommas } | null }[] = [
  {
    files: ['biome.json', 'biome.jsonc'],
    name: 'Biome',
    defaultWidth: 80,
    read: (data) => {
      const formatter = asObject(data.formatter);
      const javascript = asObject(asObject(data.javascript)?.formatter);
      if (formatter?.enabled === false) return null;
      const width = asNumber(javascript?.lineWidth) ?? asNumber(formatter?.lineWidth);
      // Biome: `"arrowParentheses": "asNeeded"` is prettier's `avoid`.
      const parentheses = javascript?.arrowParentheses;
      const arrowParens = parentheses === 'asNeeded' ? 'avoid' : parentheses === 'always' ? 'always' : undefined;
      return { width, key: javascript?.lineWidth !== undefined ? 'javascript.formatter.lineWidth' : 'formatter.lineWidth', ...(arrowParens ? { arrowParens } : {}), ...asTrailingCommas(javascript?.trailingCommas ?? javascript?.trailingComma) };
    },
  },
  { files: ['dprint.json', '.dprint.json', 'dprint.jsonc', '.dprint.jsonc'], name: 'dprint', defaultWidth: 120, read: (data) => readWidthWithLanguage(data, 'lineWidth', ['typescript']) },
  {
    files: ['deno.json', 'deno.jsonc'],
    name: 'deno fmt',
    defaultWidth: 80,
    read: (data) => {
      const fmt = asObject(data.fmt);
      if (!fmt) return null;
      return { width: asNumber(asObject(fmt.options)?.lineWidth) ?? asNumber(fmt.lineWidth), key: 'fmt.lineWidth' };
    },
  },
  { files: ['.oxfmtrc.json', '.oxfmtrc.jsonc'], name: 'oxfmt', defaultWidth: 100, read: (data) => ({ width: asNumber(data.printWidth), key: 'printWidth', ...readArrowParens(data), ...asTrailingCommas(data.trailingComma) }) },
];

/** Prettier's / oxfmt's `trailingComma`, Biome's `trailingCommas`: `all`, `es5`, `none`. */
function asTrailingCommas(value: unknown): { trailingCommas?: TrailingCommas } {
  return value === 'all' || value === 'es5' || value === 'none' ? { trailingCommas: value } : {};
}

/** Prettier's (and oxfmt's) `arrowParens`. */
function readArrowParens(data: Record<string, unknown> | undefined): { arrowParens?: 'always' | 'avoid' } {
  const value = data?.arrowParens;
  return value === 'avoid' || value === 'always' ? { arrowParens: value } : {};
}

function readWidthWithLanguage(data: Record<string, unknown>, key: string, sections: readonly string[]): { width?: number; key: string } {
  for (const section of sections) {
    const width = asNumber(asObject(data[section])?.[key]);
    if (width !== undefined) return { width, key: `${section}.${key}` };
  }
  return { width: asNumber(data[key]), key };
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** JSON with comments and trailing commas (biome.jsonc, dprint.jsonc, deno.jsonc). */
export function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const end = findStringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else {
      out += c;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

function findStringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

const formatterCache = new Map<string, { config: FormatterConfig; dir: string } | null>();
const editorconfigCache = new Map<string, EditorConfigSection[] | null>();

/** Forget cached lookups (each run starts fresh). */
export function clearFormattingCache(): void {
  formatterCache.clear();
  editorconfigCache.clear();
  editorconfigChains.clear();
  clearDirEntries();
  clearTsconfigPaths();
}

/** The formatting facts for `filePath`, searching configs no higher than `stopAt`. */
export function resolveProjectFormatting(filePath: string, stopAt: string, options: { prettier: boolean; execConfig: boolean }): ProjectFormatting {
  const absolute = path.resolve(filePath);
  const formatter = findFormatterConfig(path.dirname(absolute), stopAt, options);
  const editorWidth = findEditorconfigWidth(absolute, stopAt);
  let printWidth = DEFAULT_PRINT_WIDTH;
  let widthSource = 'default';
  if (formatter?.width !== undefined) {
    printWidth = formatter.width;
    widthSource = `${formatter.formatter} ${formatter.widthKey}`;
  } else if (editorWidth) {
    printWidth = editorWidth.width;
    widthSource = `${editorWidth.file} max_line_length`;
  } else if (formatter) {
    printWidth = formatter.defaultWidth;
    widthSource = `${formatter.formatter} default`;
  }
  const leftTo = formatter && !formatter.runByUnleak ? { formatter: formatter.formatter, ...(formatter.why ? { why: formatter.why } : {}) } : null;
  return { printWidth, widthSource, leftTo, ...(formatter?.arrowParens ? { arrowParens: formatter.arrowParens } : {}), ...(formatter?.trailingCommas ? { trailingCommas: formatter.trailingCommas } : {}) };
}

function findFormatterConfig(dir: string, stopAt: string, options: { prettier: boolean; execConfig: boolean }): FormatterConfig | null {
  const other = findOtherFormatter(dir, stopAt);
  const prettier = findPrettierConfig(path.join(dir, '_'), stopAt);
  // The nearer config decides; in the same folder prettier (which unleak may run) does.
  const prettierDir = prettier ? path.dirname(prettier.file) : null;
  if (other && (!prettierDir || (prettierDir !== other.dir && isPathInside(other.dir, prettierDir)))) return other.config;
  if (!prettier) return null;
  const width = asNumber(prettier.data?.printWidth);
  const runByUnleak = options.prettier && (prettier.data !== undefined || options.execConfig);
  const found: FormatterConfig = { formatter: `prettier (${path.basename(prettier.file)})`, defaultWidth: DEFAULT_PRINT_WIDTH, runByUnleak };
  if (!runByUnleak) found.why = !options.prettier ? 'prettier is turned off' : `${prettier.unusable ?? 'unknown format'}; allow it with --exec-config`;
  if (width !== undefined) Object.assign(found, { width, widthKey: 'printWidth' });
  Object.assign(found, readArrowParens(prettier.data), asTrailingCommas(prettier.data?.trailingComma));
  return found;
}

/** The nearest Biome, dprint, deno or oxfmt config at or above `dir`, and its folder. */
function findOtherFormatter(dir: string, stopAt: string): { config: FormatterConfig; dir: string } | null {
  if (formatterCache.has(dir)) return formatterCache.get(dir)!;
  let found: { config: FormatterConfig; dir: string } | null = null;
  for (const formatter of OTHER_FORMATTERS) {
    const file = formatter.files.find((name) => hasDirEntry(dir, name));
    if (!file) continue;
    let data: Record<string, unknown> | undefined;
    try {
      data = asObject(parseJsonc(fs.readFileSync(path.join(dir, file), 'utf8')));
    } catch {
      data = undefined;
    }
    const read = data ? formatter.read(data) : { key: '' };
    if (!read) continue; // e.g. biome with the formatter turned off, deno.json without `fmt`
    const config: FormatterConfig = { formatter: `${formatter.name} (${file})`, defaultWidth: formatter.defaultWidth, runByUnleak: false, ...(read.arrowParens ? { arrowParens: read.arrowParens } : {}), ...(read.trailingCommas ? { trailingCommas: read.trailingCommas } : {}) };
    if (read.width !== undefined) Object.assign(config, { width: read.width, widthKey: read.key });
    found = { config, dir };
    break;
  }
  const parent = path.dirname(dir);
  if (!found && dir !== path.resolve(stopAt) && parent !== dir && isPathInside(parent, stopAt)) found = findOtherFormatter(parent, stopAt);
  formatterCache.set(dir, found);
  return found;
}

interface EditorConfigSection {
  pattern: string;
  matches(relative: string): boolean;
  maxLineLength?: number | 'off';
  root?: boolean;
}

/** `max_line_length` for `filePath` from the `.editorconfig` files above it (nearest wins). */
export function findEditorconfigWidth(filePath: string, stopAt: string): { width: number; file: string } | null {
  for (const { dir, sections } of getEditorconfigChain(path.dirname(filePath), stopAt)) {
    const relative = path.relative(dir, filePath).split(path.sep).join('/');
    let width: number | 'off' | undefined;
    for (const section of sections) {
      if (section.maxLineLength === undefined) continue;
      if (section.matches(relative)) width = section.maxLineLength; // later sections win
    }
    if (typeof width === 'number') return { width, file: path.relative(path.resolve(stopAt), path.join(dir, '.editorconfig')).split(path.sep).join('/') || '.editorconfig' };
    if (width === 'off') return null;
  }
  return null;
}

/**
 * The folders at and above `dir` (up to `stopAt`, and up to a `root = true` file) that hold an
 * `.editorconfig`, nearest first: walked once per folder of a run, not once per file (on the
 * 4,092-file corpus the per-file walk was about 60 ms of a 0.9 s `--cache` second run).
 */
const editorconfigChains = new Map<string, { dir: string; sections: EditorConfigSection[] }[]>();

function getEditorconfigChain(start: string, stopAt: string): { dir: string; sections: EditorConfigSection[] }[] {
  const key = `${start}\0${stopAt}`;
  let chain = editorconfigChains.get(key);
  if (chain) return chain;
  chain = [];
  for (let dir = start; ; ) {
    const sections = readEditorconfig(dir);
    if (sections) {
      chain.push({ dir, sections });
      if (sections.some((section) => section.root)) break;
    }
    const parent = path.dirname(dir);
    if (dir === path.resolve(stopAt) || parent === dir || !isPathInside(parent, stopAt)) break;
    dir = parent;
  }
  editorconfigChains.set(key, chain);
  return chain;
}

function readEditorconfig(dir: string): EditorConfigSection[] | null {
  if (editorconfigCache.has(dir)) return editorconfigCache.get(dir)!;
  let sections: EditorConfigSection[] | null = null;
  const file = path.join(dir, '.editorconfig');
  if (hasDirEntry(dir, '.editorconfig')) {
    sections = [];
    let current: EditorConfigSection = { pattern: '', matches: () => false };
    for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
      const header = /^\[(.*)\]$/.exec(line);
      if (header) {
        current = { pattern: header[1]!, matches: compileSectionPattern(header[1]!) };
        sections.push(current);
        continue;
      }
      const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
      if (!pair) continue;
      const name = pair[1]!.toLowerCase();
      const value = pair[2]!.toLowerCase();
      if (name === 'root' && current.pattern === '' && value === 'true') sections.push({ pattern: '', matches: () => false, root: true });
      if (name === 'max_line_length' && current.pattern !== '') {
        current.maxLineLength = value === 'off' ? 'off' : asNumber(Number(value));
      }
    }
  }
  editorconfigCache.set(dir, sections);
  return sections;
}

/** An editorconfig section glob (`*`, `*.{js,ts}`, `src/**.ts`, `/lib/*.js`) as a matcher. */
function compileSectionPattern(raw: string): (relative: string) => boolean {
  const pattern = raw.startsWith('/') ? raw.slice(1) : raw;
  const hasSlash = pattern.includes('/');
  // editorconfig's `**` inside a segment means "any path"; picomatch wants it as a segment.
  const normalized = pattern.replace(/\*\*(?=[^/])/g, '**/*');
  try {
    return loadPicomatch()(normalized, { dot: true, basename: !hasSlash });
  } catch {
    return () => false;
  }
}

