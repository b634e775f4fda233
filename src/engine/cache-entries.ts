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
import type { CodeEnvironment } from '../core/rule';
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
  /** Set when it was asked for code of a known environment (the file's): that environment. */
  rejectionEnvironment?: CodeEnvironment;
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
  if (handler) {
    answers.rejectionHandler = handler.answer ? { file: handler.answer.file, line: handler.answer.line } : null;
    if (handler.environment !== null) answers.rejectionEnvironment = handler.environment;
  }
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
  rejectionEnvironment?: CodeEnvironment;
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

/**
 * The entry a stored array stands for, or `undefined` when it is not one. Written for the run
 * that finds nothing new, where it runs once per file, cold: most entries have no details, and
 * of the others only the fields present are looked at.
 */
function decodeEntry(stored: unknown[], strings: readonly string[], resolutions: readonly Resolution[], modules: readonly ModuleRead[], listings: readonly FolderListing[]): CacheEntry | undefined {
  if (stored.length !== 5 && stored.length !== 6) return undefined;
  const hash = stored[1];
  const size = stored[2];
  const mtimeMs = stored[3];
  const settings = stored[4];
  if (typeof hash !== 'string' || !isIndex(settings, strings.length)) return undefined;
  if (!(size === null || typeof size === 'number') || !(mtimeMs === null || typeof mtimeMs === 'number')) return undefined;
  const entry: CacheEntry = {
    hash,
    size: size ?? undefined,
    mtimeMs: mtimeMs ?? undefined,
    settings: strings[settings]!,
    status: 'unchanged',
    findings: [],
    eol: '\n',
    hasBom: false,
    parsed: false,
    notes: [],
    answers: null,
    usedTypes: false,
    typed: false,
  };
  if (stored.length === 5) return entry;
  const details = stored[5];
  if (!isPlainRecord(details) || !applyDetails(entry, details, strings, resolutions, modules, listings)) return undefined;
  return entry.status === 'changed' && entry.output === undefined ? undefined : entry;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isIndexArray = (value: unknown, length: number): value is number[] => Array.isArray(value) && value.every((item) => isIndex(item, length));

/** Sets the fields `details` stores on `entry`; `false` when one is not what is written. */
function applyDetails(entry: CacheEntry, details: Record<string, unknown>, strings: readonly string[], resolutions: readonly Resolution[], modules: readonly ModuleRead[], listings: readonly FolderListing[]): boolean {
  let asked = false;
  let packageKind: string | null | undefined;
  let rejectionHandler: { file: string; line: number } | null | undefined;
  let rejectionEnvironment: CodeEnvironment | undefined;
  let resolved: number[] = [];
  let read: number[] = [];
  let listed: number[] = [];
  for (const key in details) {
    const value = details[key];
    switch (key as keyof StoredDetails) {
      case 'status':
        if (value !== 'skipped' && value !== 'changed') return false;
        entry.status = value;
        break;
      case 'skipReason':
        if (typeof value !== 'string') return false;
        entry.skipReason = value;
        break;
      case 'output':
        if (typeof value !== 'string') return false;
        entry.output = value;
        break;
      case 'formattingLeftTo':
        if (!isPlainRecord(value) || typeof value.formatter !== 'string') return false;
        entry.formattingLeftTo = value as CacheEntry['formattingLeftTo'];
        break;
      case 'findings':
        if (!Array.isArray(value) || !value.every(isPlainRecord)) return false;
        entry.findings = value as unknown as Finding[];
        break;
      case 'eol':
        if (value !== '\r\n') return false;
        entry.eol = value;
        break;
      case 'bom':
        if (value !== true) return false;
        entry.hasBom = true;
        break;
      case 'parsed':
        if (value !== true) return false;
        entry.parsed = true;
        break;
      case 'notes':
        if (!isStringArray(value)) return false;
        entry.notes = value;
        break;
      case 'asked':
        if (value !== true) return false;
        asked = true;
        break;
      case 'packageKind':
        if (!(value === null || typeof value === 'string')) return false;
        packageKind = value;
        break;
      case 'rejectionHandler':
        if (!(value === null || (isPlainRecord(value) && typeof value.file === 'string' && typeof value.line === 'number'))) return false;
        rejectionHandler = value === null ? null : { file: value.file as string, line: value.line as number };
        break;
      case 'rejectionEnvironment':
        if (value !== 'node' && value !== 'browser') return false;
        rejectionEnvironment = value;
        break;
      case 'resolved':
        if (!isIndexArray(value, resolutions.length)) return false;
        resolved = value;
        break;
      case 'read':
        if (!isIndexArray(value, modules.length)) return false;
        read = value;
        break;
      case 'listed':
        if (!isIndexArray(value, listings.length)) return false;
        listed = value;
        break;
      case 'usedTypes':
        if (value !== true) return false;
        entry.usedTypes = true;
        break;
      case 'typed':
        if (value !== true) return false;
        entry.typed = true;
        break;
      case 'collected':
        if (!isPlainRecord(value) || !Object.values(value).every(Array.isArray)) return false;
        entry.collected = value as Record<string, unknown[]>;
        break;
      case 'typeInputs':
        if (!isIndex(value, strings.length)) return false;
        entry.typeInputs = strings[value]!;
        break;
      default:
        return false;
    }
  }
  if (asked) {
    entry.answers = { resolved: resolved.map((index) => resolutions[index]!), read: read.map((index) => modules[index]!), listed: listed.map((index) => listings[index]!) };
    if (packageKind !== undefined) entry.answers.packageKind = packageKind;
    if (rejectionHandler !== undefined) entry.answers.rejectionHandler = rejectionHandler;
    if (rejectionEnvironment !== undefined) entry.answers.rejectionEnvironment = rejectionEnvironment;
  }
  return true;
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
      if (entry.answers.rejectionEnvironment !== undefined) details.rejectionEnvironment = entry.answers.rejectionEnvironment;
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
