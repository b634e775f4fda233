/**
 * Writes a fixed file atomically (a temporary file in the same directory, then rename), and
 * only when nobody changed the file on disk since it was read.
 */
import fs from 'node:fs';

// Loaded on first write: a dry run never needs it, and start-up time is part of every run.
const loadWriteFileAtomic = (): typeof import('write-file-atomic') => require('write-file-atomic') as typeof import('write-file-atomic');

export interface WriteRequest {
  absolutePath: string;
  content: string;
  /** As seen when the file was discovered. */
  expectedMtimeMs: number;
  expectedSize: number;
}

export async function writeFixedFile(request: WriteRequest): Promise<void> {
  const stat = fs.statSync(request.absolutePath);
  if (stat.mtimeMs !== request.expectedMtimeMs || stat.size !== request.expectedSize) {
    throw new Error('the file changed on disk while unleak was running; it was not written');
  }
  await loadWriteFileAtomic()(request.absolutePath, request.content, { encoding: 'utf8' });
}

/** The file operations `writeFixedFiles` uses (a seam: tests inject a failing one). */
export interface WriteIo {
  writeFile(absolutePath: string, content: string | Uint8Array, mode: number): void;
  rename(from: string, to: string): void;
  unlink(absolutePath: string): void;
}

const nodeIo: WriteIo = {
  writeFile: (absolutePath, content, mode) => fs.writeFileSync(absolutePath, content, { encoding: 'utf8', mode, flag: 'wx' }),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (absolutePath) => fs.rmSync(absolutePath, { force: true }),
};

let tempCounter = 0;

/**
 * Writes the files of one fix that spans files, all or nothing: every file is checked and
 * written to a temporary file next to it first; only when all are there are they renamed over
 * the originals. On a failure before the renames the temporary files are removed, no file is
 * changed, and the error names the file that failed. A rename that fails after others succeeded
 * (rare: each temporary file sits next to its target) puts the files already replaced back as
 * they were (their bytes, read before the renames, written the same way: temporary file, then
 * rename); the error says so, or names the files it could not put back.
 */
export async function writeFixedFiles(requests: readonly WriteRequest[], io: WriteIo = nodeIo): Promise<void> {
  if (requests.length === 1 && io === nodeIo) return writeFixedFile(requests[0]!);
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const request of requests) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(request.absolutePath);
      } catch (error) {
        throw new Error(`${request.absolutePath}: ${(error as Error).message}`);
      }
      if (stat.mtimeMs !== request.expectedMtimeMs || stat.size !== request.expectedSize) {
        throw new Error(`${request.absolutePath} changed on disk while unleak was running`);
      }
      const temp = `${request.absolutePath}.unleak-${process.pid}-${++tempCounter}.tmp`;
      try {
        io.writeFile(temp, request.content, stat.mode & 0o7777);
      } catch (error) {
        throw new Error(`${request.absolutePath} could not be written (${(error as Error).message})`);
      }
      temps.push({ temp, target: request.absolutePath });
    }
  } catch (error) {
    for (const { temp } of temps) {
      try {
        io.unlink(temp);
      } catch {
        // Best effort: the failure reported is the write's.
      }
    }
    throw error;
  }
  // The originals' bytes, to put back if a later rename fails (checked unchanged above).
  const originals = temps.map(({ target }) => fs.readFileSync(target));
  const modes = temps.map(({ target }) => fs.statSync(target).mode & 0o7777);
  const renamed: number[] = [];
  for (const [index, { temp, target }] of temps.entries()) {
    try {
      io.rename(temp, target);
      renamed.push(index);
    } catch (error) {
      for (const rest of temps.slice(index)) {
        try {
          io.unlink(rest.temp);
        } catch {
          // Best effort, as above.
        }
      }
      const notRestored = renamed.filter((done) => !restore(io, temps[done]!.target, originals[done]!, modes[done]!)).map((done) => temps[done]!.target);
      const rollback =
        renamed.length === 0 ? '' : notRestored.length === 0 ? '; the files already replaced were put back' : `; could not put back: ${notRestored.join(', ')} (they hold the fix)`;
      throw new Error(`${target} could not be replaced (${(error as Error).message})${rollback}`);
    }
  }
}

/** Writes `bytes` back over `target` through a temporary file; `false` when that fails. */
function restore(io: WriteIo, target: string, bytes: Uint8Array, mode: number): boolean {
  const temp = `${target}.unleak-${process.pid}-${++tempCounter}.tmp`;
  try {
    io.writeFile(temp, bytes, mode);
    io.rename(temp, target);
    return true;
  } catch {
    try {
      io.unlink(temp);
    } catch {
      // Best effort.
    }
    return false;
  }
}
