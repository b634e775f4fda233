import { useEffect } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';

async function pollInbox(folder: string, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    console.debug(`polling ${folder}`);
    await sleep(3_000, undefined, { signal }).catch(() => {});
  }
}

export function Inbox({ folder }: { folder: string }) {
  useEffect(() => {
    const controller = new AbortController();
    void pollInbox(folder, controller.signal);
    return () => controller.abort();
  }, [folder]);
  return null;
}
