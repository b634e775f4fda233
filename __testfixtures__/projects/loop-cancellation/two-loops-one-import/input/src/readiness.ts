// Two polling loops in one file: each fix gives its loop a signal and an abortable sleep, and
// both insert the same sleep helper (or `node:timers/promises` import) at the same place. It is
// added once and both fixes apply (before: the second was dropped as overlapping the first, and
// the run exited 2).
declare function isServiceUp(name: string): Promise<boolean>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForDatabase(): Promise<void> {
  for (;;) {
    if (await isServiceUp('database')) break;
    await sleep(500);
  }
}

async function waitForQueue(): Promise<void> {
  for (;;) {
    if (await isServiceUp('queue')) break;
    await sleep(500);
  }
}

export async function waitForBackends(): Promise<void> {
  await waitForDatabase();
  await waitForQueue();
}
