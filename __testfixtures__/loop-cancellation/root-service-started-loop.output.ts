import { Injectable } from '@angular/core';

/** Waits `ms`, or less when `signal` aborts (resolves either way). */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = new AbortController();
    const timer = setTimeout(() => done.abort(), ms);
    done.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
    signal?.addEventListener('abort', () => done.abort(), { signal: done.signal });
  });
}

interface Remote {
  changed(): Promise<boolean>;
  download(): Promise<void>;
}

/** One instance for the life of the app: the sync loop its constructor starts runs as long. */
@Injectable({ providedIn: 'root' })
export class ConfigSyncService {
  constructor(private readonly remote: Remote, ready: Promise<void>) {
    ready.then(() => {
      void this.autoSync();
    });
  }

  private async autoSync(): Promise<void> {
    while (true) {
      try {
        if (await this.remote.changed()) await this.remote.download();
      } catch {
        // retry on the next round
      }
      await new Promise((resolve) => setTimeout(resolve, 60000));
    }
  }

  /** Anyone may call this, any number of times: each call starts one more loop that never ends. */
  async watch(onChange: () => void, signal?: AbortSignal): Promise<void> {
    while (!signal?.aborted) {
      if (await this.remote.changed()) onChange();
      await abortableSleep(5000, signal);
    }
  }
}
