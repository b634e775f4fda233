import { setTimeout } from 'node:timers/promises';

const MAX_ATTEMPTS = 3;

// A retry loop whose counter is declared before a `while (true)` gives up by itself: each round
// that sleeps has counted an attempt first.
export async function callWithRetries<T>(fn: () => Promise<T>): Promise<T> {
  let remainingAttempts = MAX_ATTEMPTS;
  while (true) {
    try {
      return await fn();
    } catch (err) {
      remainingAttempts--;
      if (remainingAttempts > 0) {
        await setTimeout(100);
        continue;
      } else {
        throw err;
      }
    }
  }
}

export async function getDetails(load: () => Promise<unknown>): Promise<unknown> {
  let attempts = 0;
  while (true) {
    attempts += 1;
    try {
      return await load();
    } catch (err) {
      if (attempts < 2) await setTimeout(5000);
      else throw err;
    }
  }
}

// The real leak next to them: the counter only counts failed rounds, so a poll whose checks
// succeed (and say "not yet") runs for ever.
export async function waitUntilReady(check: () => Promise<boolean>): Promise<void> {
  let failures = 0;
  while (true) {
    try {
      if (await check()) return;
    } catch (err) {
      failures++;
      if (failures > 5) throw err;
    }
    await setTimeout(1000);
  }
}
