// Each listener on a long-lived object is set up by code that, as far as this file shows, runs
// once: a callback a flag lets through once, a start-up function called once from it, and a
// helper called once from that. Medium: nothing here runs them again.
declare const events: { on(event: string, fn: () => void): void };
declare const storage: { onready(fn: () => void): void };

function watchConnection(): boolean {
  window.addEventListener('online', () => console.info('online'));
  return navigator.onLine;
}

async function start(): Promise<boolean> {
  events.on('reconnect', () => console.info('reconnect'));
  return watchConnection();
}

export function startApp(): void {
  let first = true;
  storage.onready(() => {
    if (!first) {
      return;
    }
    first = false;
    document.addEventListener('visibilitychange', () => console.info(document.hidden));
    void start();
  });
}
