/**
 * Tests that load the package the way users do (`unleak/testing` from `dist/`, in a child
 * process) need a `dist/` that matches the sources. `npm test` builds first; a focused run
 * (`npx vitest run test/runtime`) may not have, so this rebuilds when a source file under
 * `src/` or `transforms/` is newer than the build. A lock directory keeps parallel test
 * files from building twice.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
const BUILD_STAMP = path.join(REPO_ROOT, 'dist', 'src', 'runtime', 'testing', 'index.js');
const LOCK = path.join(REPO_ROOT, 'dist', '.build-lock');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!fs.existsSync(BUILD_STAMP)) return false;
  const built = fs.statSync(BUILD_STAMP).mtimeMs;
  return newestSourceTime(path.join(REPO_ROOT, 'src')) <= built && newestSourceTime(path.join(REPO_ROOT, 'transforms')) <= built;
}

export async function ensureBuilt(): Promise<void> {
  if (isFresh()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`unleak tests: ${LOCK} is held for over two minutes; remove it if no build is running`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (isFresh()) return;
    }
  }
  try {
    if (!isFresh()) {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      });
      // tsc leaves unchanged outputs alone; the stamp records that this build saw every source.
      const now = new Date();
      fs.utimesSync(BUILD_STAMP, now, now);
    }
  } finally {
    fs.rmdirSync(LOCK);
  }
}

/** A temporary project whose `node_modules` links this package and the repo's vitest. */
export function createLinkedProject(prefix: string, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), prefix));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', 'unleak'), 'dir');
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', 'vitest'), path.join(dir, 'node_modules', 'vitest'), 'dir');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
