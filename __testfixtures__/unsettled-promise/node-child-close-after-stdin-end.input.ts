import { spawn } from 'node:child_process';

export async function compress(input: string, signal: AbortSignal) {
  const child = spawn('gzip', ['-c']);
  const code = await new Promise((resolve) => {
    child.once('close', resolve);
    child.stdin.end(input);
  });
  return code;
}
