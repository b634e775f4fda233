import { useEffect } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';

async function syncDrafts(userId: string, signal?: AbortSignal): Promise<void> {
  while (!signal?.aborted) {
    console.debug(`syncing ${userId}`);
    await sleep(5_000, undefined, { signal }).catch(() => {});
  }
}

export function Drafts({ userId, ready }: { userId: string; ready: Promise<void> }) {
  useEffect(() => {
    const controller = new AbortController();
    void ready.then(() => syncDrafts(userId, controller.signal));
    return () => {
      controller.abort();
    };
  }, [userId, ready]);
  return null;
}
