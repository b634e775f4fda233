/**
 * Whether a folder holds an entry of a given name, from one `readdir` per folder and run instead
 * of one `stat` per name asked: config lookups ask each folder for a dozen names (prettier's
 * config files, other formatters', `.editorconfig`), and on the 4,092-file corpus (655 folders)
 * a `--cache` second run spent 80 ms in `existsSync` there. A listed name is confirmed with
 * `existsSync` (a dangling symbolic link is listed but does not exist); a folder that cannot be
 * listed is asked directly. Cleared with the other per-run lookups (`clearDirEntries`).
 */
import fs from 'node:fs';
import path from 'node:path';

const listings = new Map<string, ReadonlySet<string> | null>();

export function hasDirEntry(dir: string, name: string): boolean {
  let entries = listings.get(dir);
  if (entries === undefined) {
    try {
      entries = new Set(fs.readdirSync(dir));
    } catch {
      entries = null;
    }
    listings.set(dir, entries);
  }
  if (entries === null) return fs.existsSync(path.join(dir, name));
  return entries.has(name) && fs.existsSync(path.join(dir, name));
}

/** Forget the listings (each run starts fresh: files may appear between runs). */
export function clearDirEntries(): void {
  listings.clear();
}
