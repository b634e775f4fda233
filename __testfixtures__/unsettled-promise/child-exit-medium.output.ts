// A CLI that mirrors the app it starts until the app quits: 'exit' comes when the child ends,
// and how long that takes is the child's own code; a child that cannot start emits 'error',
// which throws with no listener (report-only, medium).
import { spawn } from 'node:child_process';

export function runAttached(file: string, args: string[]): Promise<number | null> {
  const child = spawn(file, args, { stdio: 'inherit' });
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.unref();
  });
}

// The real leak next to it: a child's stdout that fails or closes without 'end' (high).
export function readAll(file: string): Promise<string> {
  const child = spawn(file);
  let text = '';
  child.stdout.on('data', (chunk) => (text += chunk));
  return new Promise((resolve) => {
    child.stdout.once('end', () => resolve(text));
    child.unref();
  });
}
