import { fetchJobWithRetry } from './fetch-job.js';

export function runNext(queue) {
  return fetchJobWithRetry(queue);
}
