/**
 * The entries of a `--cache` file in their decoded form (src/engine/cache-entries.ts), for
 * tests that mark or spoil what the cache holds.
 */
import fs from 'node:fs';
import { encodeEntries, openEntryTable, type CacheEntry } from '../../src/engine/cache-entries';

export function readCacheEntries(file: string): Map<string, CacheEntry> {
  const table = openEntryTable(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>);
  if (!table) throw new Error(`${file}: not the entries of an unleak cache`);
  const entries = new Map<string, CacheEntry>();
  for (const entryFile of table.files()) {
    const entry = table.get(entryFile);
    if (!entry) throw new Error(`${file}: the entry of ${entryFile} is not valid`);
    entries.set(entryFile, entry);
  }
  return entries;
}

/** Rewrites the entries of a cache file; the rest of it stays as it is. */
export function editCacheEntries(file: string, edit: (entries: Map<string, CacheEntry>) => void): void {
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const entries = readCacheEntries(file);
  edit(entries);
  fs.writeFileSync(file, JSON.stringify({ ...document, ...encodeEntries(entries) }));
}
