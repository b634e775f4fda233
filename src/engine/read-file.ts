/**
 * Reads one file and refuses what must not be parsed or rewritten: too large, binary, not
 * UTF-8, unreadable. Each refusal becomes an error with the file's path; the run goes on.
 */
import fs from 'node:fs';
import type { RunError } from '../core/finding';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export type ReadOutcome = { ok: true; raw: string } | { ok: false; error: RunError };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export function readSourceFile(absolutePath: string, displayPath: string, maxFileSize: number): ReadOutcome {
  let buffer: Buffer;
  try {
    const size = fs.statSync(absolutePath).size;
    if (size > maxFileSize) {
      return {
        ok: false,
        error: {
          file: displayPath,
          kind: 'too-large',
          message: `skipped: ${formatSize(size)} is over the size limit of ${formatSize(maxFileSize)} (raise it with --max-file-size)`,
        },
      };
    }
    buffer = fs.readFileSync(absolutePath);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return { ok: false, error: { file: displayPath, kind: 'read', message: `could not read: ${err.code ?? err.message}` } };
  }
  const probe = buffer.subarray(0, 8000);
  if (probe.includes(0)) {
    return { ok: false, error: { file: displayPath, kind: 'binary', message: 'skipped: binary file (contains NUL bytes)' } };
  }
  try {
    return { ok: true, raw: decoder.decode(buffer) };
  } catch {
    return { ok: false, error: { file: displayPath, kind: 'read', message: 'skipped: not valid UTF-8 text' } };
  }
}
