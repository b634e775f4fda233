/**
 * The file entries of the `--cache` file (run-cache.ts says what an entry depends on and how
 * each input is checked), and how they are stored.
 *
 * Stored compactly, because a `--cache` run that finds nothing new spends much of its time
 * reading this file (format 1 spelled every entry out: 3.1 MB on the 4,092-file corpus, 1.2 MB
 * of it the answers' dependencies, the same few specifiers and modules again in every file
 * that imports them):
 * - `strings`: every path, settings key and type-inputs hash once; the others refer to them by
 *   index;
 * - `resolutions`, `modules` and `listings`: the facts the answers about other files rest on,
 *   once each (a specifier resolved from a folder to a file; a module's hash; the test file
 *   names of a folder `getModuleTests` looked in), which an entry lists by index, and which a
 *   run checks once each however many entries list them;
 * - `entries`: one array per file, `[file, hash, size, mtimeMs, settings, details?]`, where
 *   `details` holds only what differs from an unchanged file without findings (`DEFAULTS`).
 * Nothing read back is trusted before it is checked: a table that is not what it should be
 * makes the whole file corrupt; an entry that is not, a file without an entry.
 */
import path from 'node:path';
import type { Finding } from '../core/finding';
import type { FileDependencies } from './process-file';

/** A specifier (relative, or a tsconfig path alias), resolved from a folder: to `target`, or to nothing (`null`). */
export interface Resolution {
  dir: string;
  specifier: string;
  target: string | null;
}

/** A module the answers read, by its hash (`null`: it could not be read). */
export interface ModuleRead {
  file: string;
  hash: string | null;
}

/** The test file names `getModuleTests` listed in a folder (module-tests.ts `testFolderKey`; `null`: not listable). */
export interface FolderListing {
  dir: string;
  names: string | null;
}

/** One fact an entry's answers rest on. */
export type Fact = Resolution | ModuleRead | FolderListing;

/** What the answers about other files rest on (`null` on an entry that asked nothing). */
export interface EntryAnswers {
  /** Set when the package kind was asked: the answer. */
  packageKind?: string | null;
  /** Set when the package's rejection handler was asked: the answer. */
  rejectionHandler?: { file: string; line: number } | null;
  resolved: Resolution[];
  read: ModuleRead[];
  listed: FolderListing[];
}

export interface CacheEntry {
  hash: string;
  /** The file's size and modification time when `hash` was taken (`--cache-strategy metadata`). */
  size?: number;
  mtimeMs?: number;
  settings: string;
  status: 'unchanged' | 'skipped' | 'changed';
  skipReason?: string;
  /** The fixed text (BOM excluded), for a file the fixes change and no prettier config formats. */
  output?: string;
  formattingLeftTo?: { formatter: string; why?: string };
  findings: Finding[];
  eol: '\n' | '\r\n';
  hasBom: boolean;
  parsed: boolean;
  notes: string[];
  answers: EntryAnswers | null;
  /** Some rule asked the type checker. */
  usedTypes: boolean;
  /** The file went to the type layer (a root of the inferred program). */
  typed: boolean;
  /** What rules with a project phase collected in the file (the plans run on every run). */
  collected?: Record<string, unknown[]>;
  /** Set when `usedTypes`: the type inputs the answers came from. */
  typeInputs?: string;
}

/** What the processing of a file recorded, as an entry keeps it (duplicates dropped). */
export function toEntryAnswers(dependsOn: FileDependencies): EntryAnswers | null {
  if (dependsOn.projectAnswers.length === 0) return null;
  const answers: EntryAnswers = { resolved: [], read: [], listed: [] };
  const packageKind = dependsOn.projectAnswers.find((asked) => asked.query === 'getPackageKind');
  if (packageKind) answers.packageKind = packageKind.answer;
  const handler = dependsOn.projectAnswers.find((asked) => asked.query === 'getRejectionHandler');
  if (handler) answers.rejectionHandler = handler.answer ? { file: handler.answer.file, line: handler.answer.line } : null;
  const seen = new Set<string>();
  for (const [from, specifier, target] of dependsOn.modules.resolved) {
    const dir = path.dirname(from);
    const key = `${dir}\0${specifier}`;
    if (seen.has(key)) continue;
    seen.add(key);
    answers.resolved.push({ dir, specifier, target });
  }
  for (const [file, hash] of Object.entries(dependsOn.modules.read)) answers.read.push({ file, hash });
  for (const [dir, names] of Object.entries(dependsOn.modules.listed ?? {})) answers.listed.push({ dir, names });
  return answers;
}

type StoredEntry = [file: number, hash: string, size: number | null, mtimeMs: number | null, settings: number, details?: StoredDetails];

/** An entry's fields that differ from `DEFAULTS`. */
interface StoredDetails {
  status?: 'skipped' | 'changed';
  skipReason?: string;
  output?: string;
  formattingLeftTo?: { formatter: string; why?: string };
  findings?: Finding[];
  eol?: '\r\n';
  bom?: true;
  parsed?: true;
  notes?: string[];
  /** Set when the file asked about other files. */
  asked?: true;
  packageKind?: string | null;
  rejectionHandler?: { file: string; line: number } | null;
  /** Indices into `resolutions`, `modules` and `listings`. */
  resolved?: number[];
  read?: number[];
  listed?: number[];
  usedTypes?: true;
  typed?: true;
  collected?: Record<string, unknown[]>;
  /** Index into `strings`. */
  typeInputs?: number;
}

/** The stored parts of the cache file. */
export interface StoredEntries {
  strings: string[];
  resolutions: [dir: number, specifier: string, target: number | null][];
  modules: [file: number, hash: string | null][];
  listings: [dir: number, names: string | null][];
  entries: StoredEntry[];
}

/** The entries of a cache file, each decoded (and checked) when first asked for. */
export interface EntryTable {
  readonly size: number;
  has(file: string): boolean;
  /** The entry of `file`; `undefined` when there is none or it is not a valid entry. */
  get(file: string): CacheEntry | undefined;
  files(): IterableIterator<string>;
}

export const EMPTY_ENTRY_TABLE: EntryTable = {
  size: 0,
  has: () => false,
  get: () => undefined,
  files: () => [][Symbol.iterator](),
};

const isIndex = (value: unknown, length: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length;
const isPlainRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The entry table of the stored parts, or `null` when they are not what this module writes
 * (the caller treats the file as corrupt).
 */
export function openEntryTable(stored: Record<string, unknown>): EntryTable | null {
  const { strings, resolutions: storedResolutions, modules: storedModules, listings: storedListings, entries } = stored;
  if (!Array.isArray(strings) || !strings.every((value) => typeof value === 'string')) return null;
  if (!Array.isArray(storedResolutions) || !Array.isArray(storedModules) || !Array.isArray(storedListings) || !Array.isArray(entries)) return null;
  const table = strings as string[];
  const resolutions: Resolution[] = [];
  for (const fact of storedResolutions as unknown[]) {
    if (!Array.isArray(fact) || fact.length !== 3 || !isIndex(fact[0], table.length) || typeof fact[1] !== 'string' || !(fact[2] === null || isIndex(fact[2], table.length))) return null;
    resolutions.push({ dir: table[fact[0]]!, specifier: fact[1], target: fact[2] === null ? null : table[fact[2]]! });
  }
  const modules: ModuleRead[] = [];
  for (const fact of storedModules as unknown[]) {
    if (!Array.isArray(fact) || fact.length !== 2 || !isIndex(fact[0], table.length) || !(fact[1] === null || typeof fact[1] === 'string')) return null;
    modules.push({ file: table[fact[0]]!, hash: fact[1] });
  }
  const listings: FolderListing[] = [];
  for (const fact of storedListings as unknown[]) {
    if (!Array.isArray(fact) || fact.length !== 2 || !isIndex(fact[0], table.length) || !(fact[1] === null || typeof fact[1] === 'string')) return null;
    listings.push({ dir: table[fact[0]]!, names: fact[1] });
  }
  const raw = new Map<string, unknown[]>();
  for (const entry of entries as unknown[]) {
    // An entry whose file cannot be told is dropped; the others are checked when asked for.
    if (Array.isArray(entry) && isIndex(entry[0], table.length)) raw.set(table[entry[0]]!, entry);
  }
  const decoded = new Map<string, CacheEntry | undefined>();
  return {
    size: raw.size,
    has: (file) => raw.has(file),
    get(file) {
      if (decoded.has(file)) return decoded.get(file);
      const stored = raw.get(file);
      const entry = stored === undefined ? undefined : decodeEntry(stored, table, resolutions, modules, listings);
      decoded.set(file, entry);
      return entry;
    },
    files: () => raw.keys(),
  };
}

function decodeEntry(stored: unknown[], strings: readonly string[], resolutions: readonly Resolution[], modules: readonly ModuleRead[], listings: readonly FolderListing[]): CacheEntry | undefined {
  const [, hash, size, mtimeMs, settings, details = {}] = stored as Partial<StoredEntry>;
  if (stored.length < 5 || stored.length > 6 || typeof hash !== 'string' || !isIndex(settings, strings.length)) return undefined;
  if (!(size === null || typeof size === 'number') || !(mtimeMs === null || typeof mtimeMs === 'number') || !isPlainRecord(details)) return undefined;
  const d = details as StoredDetails;
  const status = d.status ?? 'unchanged';
  const valid =
    (status === 'unchanged' || status === 'skipped' || (status === 'changed' && typeof d.output === 'string')) &&
    (d.skipReason === undefined || typeof d.skipReason === 'string') &&
    (d.output === undefined || typeof d.output === 'string') &&
    (d.formattingLeftTo === undefined || (isPlainRecord(d.formattingLeftTo) && typeof d.formattingLeftTo.formatter === 'string')) &&
    (d.findings === undefined || (Array.isArray(d.findings) && d.findings.every(isPlainRecord))) &&
    (d.eol === undefined || d.eol === '\r\n') &&
    (d.notes === undefined || (Array.isArray(d.notes) && d.notes.every((note) => typeof note === 'string'))) &&
    (d.packageKind === undefined || d.packageKind === null || typeof d.packageKind === 'string') &&
    (d.resolved === undefined || (Array.isArray(d.resolved) && d.resolved.every((index) => isIndex(index, resolutions.length)))) &&
    (d.read === undefined || (Array.isArray(d.read) && d.read.every((index) => isIndex(index, modules.length)))) &&
    (d.listed === undefined || (Array.isArray(d.listed) && d.listed.every((index) => isIndex(index, listings.length)))) &&
    (d.rejectionHandler === undefined || d.rejectionHandler === null || (isPlainRecord(d.rejectionHandler) && typeof d.rejectionHandler.file === 'string' && typeof d.rejectionHandler.line === 'number')) &&
    (d.collected === undefined || (isPlainRecord(d.collected) && Object.values(d.collected).every(Array.isArray))) &&
    (d.typeInputs === undefined || isIndex(d.typeInputs, strings.length));
  if (!valid) return undefined;
  const entry: CacheEntry = {
    hash,
    settings: strings[settings]!,
    status,
    findings: d.findings ?? [],
    eol: d.eol ?? '\n',
    hasBom: d.bom === true,
    parsed: d.parsed === true,
    notes: d.notes ?? [],
    answers: null,
    usedTypes: d.usedTypes === true,
    typed: d.typed === true,
  };
  if (size !== null) entry.size = size;
  if (mtimeMs !== null) entry.mtimeMs = mtimeMs;
  if (d.skipReason !== undefined) entry.skipReason = d.skipReason;
  if (d.output !== undefined) entry.output = d.output;
  if (d.formattingLeftTo !== undefined) entry.formattingLeftTo = d.formattingLeftTo;
  if (d.asked === true) {
    entry.answers = { resolved: (d.resolved ?? []).map((index) => resolutions[index]!), read: (d.read ?? []).map((index) => modules[index]!), listed: (d.listed ?? []).map((index) => listings[index]!) };
    if (d.packageKind !== undefined) entry.answers.packageKind = d.packageKind;
    if (d.rejectionHandler !== undefined) entry.answers.rejectionHandler = d.rejectionHandler;
  }
  if (d.collected !== undefined) entry.collected = d.collected;
  if (d.typeInputs !== undefined) entry.typeInputs = strings[d.typeInputs]!;
  return entry;
}

/** The stored parts for `entries` (by absolute path). */
export function encodeEntries(entries: ReadonlyMap<string, CacheEntry>): StoredEntries {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (value: string): number => {
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      stringIndex.set(value, index);
    }
    return index;
  };
  const resolutions: StoredEntries['resolutions'] = [];
  const resolutionIndex = new Map<string, number>();
  const modules: StoredEntries['modules'] = [];
  const moduleIndex = new Map<string, number>();
  const listings: StoredEntries['listings'] = [];
  const listingIndex = new Map<string, number>();
  const stored: StoredEntry[] = [];
  for (const [file, entry] of entries) {
    const details: StoredDetails = {};
    if (entry.status !== 'unchanged') details.status = entry.status;
    if (entry.skipReason !== undefined) details.skipReason = entry.skipReason;
    if (entry.output !== undefined) details.output = entry.output;
    if (entry.formattingLeftTo !== undefined) details.formattingLeftTo = entry.formattingLeftTo;
    if (entry.findings.length > 0) details.findings = entry.findings;
    if (entry.eol !== '\n') details.eol = entry.eol;
    if (entry.hasBom) details.bom = true;
    if (entry.parsed) details.parsed = true;
    if (entry.notes.length > 0) details.notes = entry.notes;
    if (entry.answers) {
      details.asked = true;
      if (entry.answers.packageKind !== undefined) details.packageKind = entry.answers.packageKind;
      if (entry.answers.rejectionHandler !== undefined) details.rejectionHandler = entry.answers.rejectionHandler;
      if (entry.answers.resolved.length > 0) {
        details.resolved = entry.answers.resolved.map(({ dir, specifier, target }) => {
          const key = `${dir}\0${specifier}\0${target ?? ''}`;
          let index = resolutionIndex.get(key);
          if (index === undefined) {
            index = resolutions.length;
            resolutions.push([intern(dir), specifier, target === null ? null : intern(target)]);
            resolutionIndex.set(key, index);
          }
          return index;
        });
      }
      if (entry.answers.read.length > 0) {
        details.read = entry.answers.read.map(({ file: module, hash }) => {
          const key = `${module}\0${hash ?? ''}`;
          let index = moduleIndex.get(key);
          if (index === undefined) {
            index = modules.length;
            modules.push([intern(module), hash]);
            moduleIndex.set(key, index);
          }
          return index;
        });
      }
      if (entry.answers.listed.length > 0) {
        details.listed = entry.answers.listed.map(({ dir, names }) => {
          const key = `${dir}\0${names === null ? '\0' : names}`;
          let index = listingIndex.get(key);
          if (index === undefined) {
            index = listings.length;
            listings.push([intern(dir), names]);
            listingIndex.set(key, index);
          }
          return index;
        });
      }
    }
    if (entry.usedTypes) details.usedTypes = true;
    if (entry.typed) details.typed = true;
    if (entry.collected !== undefined) details.collected = entry.collected;
    if (entry.typeInputs !== undefined) details.typeInputs = intern(entry.typeInputs);
    const row: StoredEntry = [intern(file), entry.hash, entry.size ?? null, entry.mtimeMs ?? null, intern(entry.settings)];
    if (Object.keys(details).length > 0) row.push(details);
    stored.push(row);
  }
  return { strings, resolutions, modules, listings, entries: stored };
}
