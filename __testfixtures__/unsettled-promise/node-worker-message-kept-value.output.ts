import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

export async function compute(input: number, { signal }: { signal?: AbortSignal }) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: input });
  const [result] = await once(worker, 'message', { signal });
  await worker.terminate();
  return result;
}
