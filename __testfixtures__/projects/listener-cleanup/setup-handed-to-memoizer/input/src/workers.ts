import { bus } from './bus';

// Handed to retry(), which runs it three times: a listener per run, still reported.
export function registerWorkers() {
  bus.on('job', (id: string) => console.log('job', id));
}
