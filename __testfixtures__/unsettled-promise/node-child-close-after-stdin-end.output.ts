import { spawn } from 'node:child_process';
import { once } from 'node:events';

export async function compress(input: string, signal: AbortSignal) {
  const child = spawn('gzip', ['-c']);
  const closeEvent = once(child, 'close', { signal });
  child.stdin.end(input);
  const [code] = await closeEvent;
  return code;
}
