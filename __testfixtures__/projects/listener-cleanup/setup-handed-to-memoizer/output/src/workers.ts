import { bus } from './bus';

// Handed to retry(), which runs it three times: a listener per run, still reported.
export function registerWorkers() {
  const handleJob = (id: string) => console.log('job', id);
  bus.on('job', handleJob);
  return () => {
    bus.off('job', handleJob);
  };
}
