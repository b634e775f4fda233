import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

// Three real handles, each awaited for one event and nothing else: a child's exit, a worker's
// first message, a socket's first data. None of them listens for 'error' or for the signal.

export async function waitForExit(command: string, args: string[], signal: AbortSignal): Promise<unknown> {
  const child = spawn(command, args, { stdio: 'ignore' });
  const [code] = await once(child, 'exit', { signal });
  return code;
}

export async function firstMessage(script: string, signal: AbortSignal): Promise<unknown> {
  const worker = new Worker(script, { eval: true });
  const [message] = await once(worker, 'message', { signal });
  await worker.terminate();
  return message;
}

export async function firstData(socket: Socket, signal: AbortSignal): Promise<unknown> {
  const [chunk] = await once(socket, 'data', { signal });
  return chunk;
}
