import { delay } from '@acme/lib/utils';
import { nextBatch, indexAll } from './queue';

// `delay` takes seconds in this project: its unit is not known here, so the call is kept.
export async function startIndexing(interval = 10, signal?: AbortSignal) {
  while (!signal?.aborted) {
    const batch = await nextBatch();
    if (batch.length === 0) {
      await delay(interval);
      continue;
    }
    await indexAll(batch);
    await delay(interval);
  }
}
