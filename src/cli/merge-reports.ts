/**
 * `unleak merge-reports a.json b.json … [--format f] [--output file]`: the JSON reports of the
 * shards of a CI matrix (`unleak --shard i/n --format json`) merged into one report in any
 * format, equal to what one unsharded run would print.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIDENCE_LEVELS, type Confidence, type RunResult } from '../core/finding';
import { mergeShardResults, MergeError, type ShardReport } from '../engine/merge-shards';
import { limitToMinConfidence } from '../engine/min-confidence';
import { UsageError } from '../engine/run';
import { DEFAULT_MAX_COMMENTS } from '../report/context';
import { DEFAULT_MIN_CONFIDENCE, FORMAT_NAMES } from '../report/formats';
import { emitReport } from './emit-report';
import { EXIT_ERROR, EXIT_OK, exitCodeFor } from './exit-codes';
import type { ProgressStream } from './progress';

export function mergeReportsHelpText(): string {
  return `Usage: unleak merge-reports <report.json>... [options]

Merges the JSON reports of the shards of one run (unleak --shard i/n --format json, one per
CI job) into one report, equal to an unsharded run's. Every shard 1..n must be given once.

  -f, --format <name>      ${FORMAT_NAMES.join(' | ')} (default: pretty)
  -o, --output <file>      Write the merged report to a file instead of stdout
      --min-confidence <level>
                           Report only findings at least this sure (default as for the run:
                           github-review high, else everything the shards reported)
      --commit <sha>       github-review: the commit the review is for
      --max-comments <n>   github-review: at most n inline comments (default: ${DEFAULT_MAX_COMMENTS})
      --check              Exit 1 when findings (or unreadable files) remain
      --color, --no-color  Force colours on or off
  -q, --quiet              No note on stderr
  -h, --help               Show this help
`;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'min-confidence': { type: 'string' },
  commit: { type: 'string' },
  'max-comments': { type: 'string' },
  check: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

interface Io {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Reads one report; throws a `MergeError` that names the file. */
function readShardReport(file: string, cwd: string): ShardReport {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new MergeError(`merge-reports: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let parsed: { shard?: { run?: RunResult } };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new MergeError(`merge-reports: ${file} is not JSON (write each shard's report with --format json)`);
  }
  const result = parsed?.shard?.run;
  if (!result || typeof result !== 'object' || !Array.isArray(result.findings) || !result.shard) {
    throw new MergeError(`merge-reports: ${file} is not the JSON report of a shard (run unleak --shard i/n --format json --output ${file})`);
  }
  return { name: file, result };
}

export interface MergeReportsArgs {
  help: boolean;
  reports: string[];
  format: string;
  output?: string;
  minConfidence?: Confidence;
  commit?: string;
  maxComments?: number;
  check: boolean;
  color?: boolean;
  quiet: boolean;
}

/** The arguments of `unleak merge-reports`; throws a `UsageError` that says what is wrong. */
export function parseMergeReportsArgs(argv: readonly string[]): MergeReportsArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\nRun unleak merge-reports --help for the options.`);
  }
  const v = parsed.values;
  const args: MergeReportsArgs = { help: v.help === true, reports: parsed.positionals, format: v.format ?? 'pretty', check: v.check === true, quiet: v.quiet === true };
  if (args.help) return args;
  if (!FORMAT_NAMES.includes(args.format)) throw new UsageError(`--format: unknown format "${args.format}" (one of: ${FORMAT_NAMES.join(', ')})`);
  const minConfidence = v['min-confidence'];
  if (minConfidence !== undefined) {
    if (!(CONFIDENCE_LEVELS as readonly string[]).includes(minConfidence)) throw new UsageError(`--min-confidence: "${minConfidence}" must be one of ${CONFIDENCE_LEVELS.join(', ')}`);
    args.minConfidence = minConfidence as Confidence;
  }
  if (v['max-comments'] !== undefined) {
    const maxComments = Number(v['max-comments']);
    if (!Number.isInteger(maxComments) || maxComments < 0) throw new UsageError(`--max-comments: "${v['max-comments']}" must be a whole number`);
    args.maxComments = maxComments;
  }
  if (v.commit !== undefined) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(v.commit)) throw new UsageError(`--commit: "${v.commit}" must be a full commit SHA`);
    args.commit = v.commit.toLowerCase();
  }
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  if (v.color) args.color = true;
  if (v['no-color']) args.color = false;
  if (v.output !== undefined) args.output = v.output;
  if (args.reports.length === 0) throw new UsageError('give the JSON reports of the shards (unleak merge-reports shard-1.json shard-2.json …)');
  return args;
}

export async function runMergeReportsCommand(argv: readonly string[], io: Io): Promise<number> {
  const usage = (message: string): number => {
    io.stderr.write(`unleak merge-reports: ${message}\n`);
    return EXIT_ERROR;
  };
  let args: MergeReportsArgs;
  try {
    args = parseMergeReportsArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
  if (args.help) {
    io.stdout.write(mergeReportsHelpText());
    return EXIT_OK;
  }
  const { format } = args;

  let result: RunResult;
  try {
    result = mergeShardResults(args.reports.map((file) => readShardReport(file, io.cwd)));
  } catch (error) {
    if (error instanceof MergeError) return usage(error.message.replace(/^merge-reports: /, ''));
    throw error;
  }
  // As a run with this format would: the shards wrote JSON, which has no default minimum.
  const minimum = args.minConfidence ?? (result.minConfidence ? undefined : DEFAULT_MIN_CONFIDENCE[format]);
  if (minimum && minimum !== 'low' && !result.minConfidence) result = limitToMinConfidence(result, minimum);

  const toFile = args.output !== undefined;
  const envColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '' ? false : io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' ? true : io.stdout.isTTY === true && io.env.TERM !== 'dumb';
  const color = toFile ? false : args.color ?? envColor;
  const emitted = await emitReport(
    result,
    { format, color, quiet: args.quiet, ...(toFile ? { output: args.output! } : {}), ...(args.commit ? { commit: args.commit } : {}), ...(args.maxComments !== undefined ? { maxComments: args.maxComments } : {}) },
    io,
  );
  if (!emitted) return EXIT_ERROR;
  return exitCodeFor(result, args.check);
}
