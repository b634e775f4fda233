/** Formats a run and writes it to stdout or `--output`: shared by the run and merge-reports. */
import fs from 'node:fs';
import path from 'node:path';
import type { RunResult } from '../core/finding';
import { createFormatContext } from '../report/context';
import { loadFormatter } from '../report/formats';
import type { ProgressStream } from './progress';

export interface EmitOptions {
  format: string;
  output?: string;
  color: boolean;
  quiet: boolean;
  commit?: string;
  maxComments?: number;
}

/** `false` when the report file could not be written (the message is on stderr). Loads only the format's own formatter. */
export async function emitReport(result: RunResult, options: EmitOptions, io: { stdout: ProgressStream; stderr: ProgressStream; cwd: string }): Promise<boolean> {
  const context = createFormatContext(result, { color: options.color, commitId: options.commit, maxComments: options.maxComments });
  const text = (await loadFormatter(options.format)!)(result, context);
  if (options.output === undefined) {
    io.stdout.write(text);
    return true;
  }
  const target = path.resolve(io.cwd, options.output);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } catch (error) {
    io.stderr.write(`unleak: could not write the report to ${options.output}: ${(error as Error).message}\n`);
    return false;
  }
  if (!options.quiet) io.stderr.write(`unleak: ${result.summary.findings} findings; report written to ${options.output}\n`);
  return true;
}
