import { useEffect } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';

async function syncDrafts(userId: string): Promise<void> {
  while (true) {
    console.debug(`syncing ${userId}`);
    await sleep(5_000);
  }
}

export function Drafts({ userId, ready }: { userId: string; ready: Promise<void> }) {
  useEffect(() => {
    void ready.then(() => syncDrafts(userId));
  }, [userId, ready]);
  return null;
}
