/** Runs the real `unleak` bin (the built dist/) in a child process. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(REPO_ROOT, 'bin/unleak.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist/src/cli/main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the CLI tests');
  }
}

export function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: undefined, ...env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
