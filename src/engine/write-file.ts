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
