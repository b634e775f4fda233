import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { Worker } from 'node:worker_threads';

// Three real handles, each awaited for one event and nothing else: a child's exit, a worker's
// first message, a socket's first data. None of them listens for 'error' or for the signal.

export async function waitForExit(command: string, args: string[], signal: AbortSignal): Promise<unknown> {
  const child = spawn(command, args, { stdio: 'ignore' });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  return code;
}

export async function firstMessage(script: string, signal: AbortSignal): Promise<unknown> {
  const worker = new Worker(script, { eval: true });
  const message = await new Promise((resolve) => worker.once('message', resolve));
  await worker.terminate();
  return message;
}

export async function firstData(socket: Socket, signal: AbortSignal): Promise<unknown> {
  const chunk = await new Promise((resolve) => socket.once('data', resolve));
  return chunk;
}
