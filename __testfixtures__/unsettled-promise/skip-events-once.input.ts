import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';

export async function waitForExit(child: ChildProcess, signal: AbortSignal) {
  const [code] = await once(child, 'exit', { signal });
  return code;
}
