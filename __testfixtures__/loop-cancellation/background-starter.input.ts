import { setTimeout as sleep } from 'node:timers/promises';

async function pollHealth(intervalMs: number) {
  while (true) {
    console.log('checking');
    await sleep(intervalMs);
  }
}

function startBackgroundJobs() {
  void pollHealth(5000);
}

export async function serve(signal: AbortSignal) {
  startBackgroundJobs();
}
