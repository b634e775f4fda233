import { spawn } from 'node:child_process';
import { once } from 'node:events';

export async function runTool(args: string[], signal: AbortSignal): Promise<number> {
  const child = spawn('tool', args, { stdio: 'inherit' });
  // The exit code decides what happens next.
  const [code] = await once(child, 'exit', { signal });
  return code === 0 ? 0 : 1;
}
