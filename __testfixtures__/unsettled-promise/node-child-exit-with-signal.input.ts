import { spawn } from 'node:child_process';

export async function runTool(args: string[], signal: AbortSignal): Promise<number> {
  const child = spawn('tool', args, { stdio: 'inherit' });
  // The exit code decides what happens next.
  const code = await new Promise((resolve) => child.once('exit', resolve));
  return code === 0 ? 0 : 1;
}
