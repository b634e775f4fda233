import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearDirEntries, hasDirEntry } from './dir-entries';

const dirs: string[] = [];
afterEach(() => {
  clearDirEntries();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-dir-entries-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('hasDirEntry', () => {
  it('answers from one listing of the folder', () => {
    const dir = folder({ '.prettierrc': '{}' });
    expect(hasDirEntry(dir, '.prettierrc')).toBe(true);
    expect(hasDirEntry(dir, 'biome.json')).toBe(false);
    // Listed once per run: a file created afterwards is seen after the run's lookups are cleared.
    fs.writeFileSync(path.join(dir, 'biome.json'), '{}');
    expect(hasDirEntry(dir, 'biome.json')).toBe(false);
    clearDirEntries();
    expect(hasDirEntry(dir, 'biome.json')).toBe(true);
  });

  it('does not count a dangling symbolic link, and asks a folder it cannot list directly', () => {
    const dir = folder({});
    fs.symlinkSync(path.join(dir, 'missing.json'), path.join(dir, '.prettierrc'));
    expect(hasDirEntry(dir, '.prettierrc')).toBe(false);
    expect(hasDirEntry(path.join(dir, 'no-such-folder'), 'package.json')).toBe(false);
  });
});
