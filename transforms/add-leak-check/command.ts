/**
 * The `unleak add-leak-check [dir]` subcommand. `src/cli/main.ts` hands it the arguments after
 * the subcommand name; exit codes follow the main command: 0 done (or nothing to do), 1 a
 * manual step is left (the config could not be edited), 2 usage error or no test runner found.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addLeakCheck, AddLeakCheckError } from './index';

interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

export const ADD_LEAK_CHECK_USAGE = `Usage: unleak add-leak-check [dir] [--setup-file <path>] [--dry-run]

Installs unleak's test-time leak check into a vitest or jest project (default: the current
directory): creates a setup file that calls installLeakCheck() and registers it in
vitest.config.* / vite.config.* (test.setupFiles) or jest.config.* (setupFilesAfterEnv).
Running it again changes nothing.

  --setup-file <path>  Where to create the setup file, relative to dir
                       (default: test/ or tests/ when present, else dir; leak-check.setup.ts|js)
  --dry-run            Say what would change; write nothing
  -h, --help           Show this help
`;

export function runAddLeakCheckCommand(argv: readonly string[], io: CommandIo): number {
  let values: { 'setup-file'?: string; 'dry-run'?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { 'setup-file': { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    io.stderr.write(`unleak add-leak-check: ${(error as Error).message}\n\n${ADD_LEAK_CHECK_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(ADD_LEAK_CHECK_USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr.write(`unleak add-leak-check: one directory at most, got ${positionals.length}\n`);
    return 2;
  }
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  const dryRun = values['dry-run'] === true;
  let result;
  try {
    result = addLeakCheck({ dir, dryRun, ...(values['setup-file'] ? { setupFile: values['setup-file'] } : {}) });
  } catch (error) {
    if (!(error instanceof AddLeakCheckError)) throw error;
    io.stderr.write(`unleak add-leak-check: ${error.message}\n`);
    return 2;
  }
  const show = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || '.';
  const would = (done: string, planned: string) => (dryRun ? planned : done);
  const lines: string[] = [];
  lines.push(result.setup === 'created' ? `${would('created', 'would create')} ${show(result.setupFile)}` : `kept the existing ${show(result.setupFile)}`);
  const key = result.framework === 'jest' ? 'setupFilesAfterEnv' : 'test.setupFiles';
  switch (result.config) {
    case 'changed':
      lines.push(`${would('registered it in', 'would register it in')} ${show(result.configFile)} (${key})`);
      break;
    case 'created':
      lines.push(`${would('created', 'would create')} ${show(result.configFile)} with it in ${key}`);
      break;
    case 'unchanged':
      lines.push(`${show(result.configFile)} already lists a leak-check setup file`);
      break;
    case 'suggestion':
      break;
  }
  for (const line of lines) io.stdout.write(`unleak add-leak-check: ${line}\n`);
  for (const note of result.notes) io.stderr.write(`unleak add-leak-check: note: ${note}\n`);
  if (result.suggestion) {
    io.stderr.write(`unleak add-leak-check: ${result.suggestion}\n`);
    return 1;
  }
  return 0;
}
