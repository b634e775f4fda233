/**
 * The `unleak` command. `main` takes its side effects (streams, environment, working directory)
 * as arguments so tests can run it in-process; `bin/unleak.js` passes the real ones.
 */
import { ConfigError } from '../engine/config';
import { run, UsageError, type RunOptions } from '../engine/run';
import type { RunResult } from '../core/finding';
import { DEFAULT_MIN_CONFIDENCE } from '../report/formats';
import { emitReport } from './emit-report';
import { EXIT_ERROR, EXIT_OK, exitCodeFor } from './exit-codes';
import { TOOL_VERSION } from '../version';
import { loadModule } from '../core/load-module';
import { parseCliArgs, type CliArgs } from './args';
import { helpText, listRulesText } from './help';
import { createProgressBar, shouldShowProgress, type ProgressStream } from './progress';

export { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, exitCodeFor } from './exit-codes';

export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

function useColor(args: CliArgs, stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  if (args.color !== undefined) return args.color;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

function toRunOptions(args: CliArgs, io: CliIo, onProgress: RunOptions['onProgress']): RunOptions {
  const options: RunOptions = {
    cwd: io.cwd,
    paths: args.paths,
    write: args.write,
    unsafe: args.unsafe,
    allowDirty: args.allowDirty,
    ruleOptions: args.ruleOptions,
    ignore: args.ignorePatterns,
    execConfig: args.execConfig,
    onProgress,
  };
  if (args.rules) options.rules = args.rules;
  if (args.skipRules) options.skipRules = args.skipRules;
  if (args.jobs !== undefined) options.jobs = args.jobs;
  if (args.config !== undefined) options.config = args.config;
  if (args.maxFileSize !== undefined) options.maxFileSize = args.maxFileSize;
  if (args.defaultIgnores !== undefined) options.defaultIgnores = args.defaultIgnores;
  if (args.prettier !== undefined) options.prettier = args.prettier;
  if (args.types !== undefined) options.types = args.types;
  if (args.changedSince !== undefined) options.changedSince = args.changedSince;
  if (args.minConfidence !== undefined) options.minConfidence = args.minConfidence;
  if (args.shard) options.shard = args.shard;
  if (args.cache) options.cache = true;
  if (args.cacheLocation !== undefined) options.cacheLocation = args.cacheLocation;
  if (args.cacheStrategy !== undefined) options.cacheStrategy = args.cacheStrategy;
  if (!args.quiet) options.onNote = (note) => io.stderr.write(`unleak: note: ${note}\n`);
  const formatDefault = DEFAULT_MIN_CONFIDENCE[args.format];
  if (formatDefault !== undefined) options.defaultMinConfidence = formatDefault;
  return options;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Subcommand: installs the test-time leak check; it has its own options.
  // The subcommands' modules are loaded only for them.
  if (argv[0] === 'add-leak-check') {
    const { runAddLeakCheckCommand } = await loadModule(() => require('../../transforms/add-leak-check/command.js') as typeof import('../../transforms/add-leak-check/command'), () => import('../../transforms/add-leak-check/command.js'));
    return runAddLeakCheckCommand(argv.slice(1), io);
  }
  if (argv[0] === 'merge-reports') {
    const { runMergeReportsCommand } = await loadModule(() => require('./merge-reports.js') as typeof import('./merge-reports'), () => import('./merge-reports.js'));
    return runMergeReportsCommand(argv.slice(1), io);
  }
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`unleak: ${(error as Error).message}\n`);
    return EXIT_ERROR;
  }
  if (args.help) {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  if (args.listRules) {
    io.stdout.write(listRulesText());
    return EXIT_OK;
  }

  const reportToFile = args.output !== undefined;
  const color = reportToFile ? false : useColor(args, io.stdout, io.env);
  const progress = createProgressBar(io.stderr, shouldShowProgress(io.stderr, io.env, args.quiet), useColor(args, io.stderr, io.env));
  let result: RunResult;
  try {
    result = await run(toRunOptions(args, io, (p) => progress.update(p)));
  } catch (error) {
    progress.done();
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`unleak: ${error.message}\n`);
    } else {
      io.stderr.write(`unleak: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    return EXIT_ERROR;
  }
  progress.done();

  const emitted = await emitReport(result, { format: args.format, ...(args.output !== undefined ? { output: args.output } : {}), color, quiet: args.quiet, ...(args.commit ? { commit: args.commit } : {}), ...(args.maxComments !== undefined ? { maxComments: args.maxComments } : {}) }, io);
  if (!emitted) return EXIT_ERROR;
  return exitCodeFor(result, args.check);
}
