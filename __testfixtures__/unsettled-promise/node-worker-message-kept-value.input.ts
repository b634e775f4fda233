import { Worker } from 'node:worker_threads';

export async function compute(input: number, { signal }: { signal?: AbortSignal }) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: input });
  const result = await new Promise((resolve) => {
    worker.once('message', (message) => resolve(message));
  });
  await worker.terminate();
  return result;
}
