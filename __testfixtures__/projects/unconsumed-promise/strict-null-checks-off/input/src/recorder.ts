import { debounce } from './debounce';

export function createRecorder(endpoint: string, getSession: () => { cache?: string }) {
  // With strictNullChecks off the checker says `Promise<void>`: the `undefined` of the first return is dropped.
  const sendEvents = (events: string[]) => {
    const session = getSession();
    if (!session?.cache) return;
    return fetch(endpoint, { method: 'POST', body: JSON.stringify(events), signal: AbortSignal.timeout(5_000) }).then(() => {});
  };

  const load = async (): Promise<void> => {
    await fetch(endpoint, { signal: AbortSignal.timeout(5_000) });
  };
  const refresh = debounce(load, 300);

  return {
    flush(events: string[]) {
      sendEvents(events);
    },
    changed() {
      refresh();
    },
    reload() {
      load();
    },
  };
}
