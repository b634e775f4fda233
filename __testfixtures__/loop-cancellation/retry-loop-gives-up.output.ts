// A retry loop that gives up after so many attempts (or so much time) ends by itself.
const MAX_ATTEMPTS = 5;
const MAX_TOTAL_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function retryingWrite(write: () => Promise<number>): Promise<number> {
  const startedAt = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      const delay = 100 * 2 ** attempt;
      const outOfAttempts = attempt >= MAX_ATTEMPTS;
      const outOfTime = Date.now() - startedAt + delay >= MAX_TOTAL_MS;
      if (outOfAttempts || outOfTime) throw error;
      await sleep(delay);
    }
  }
}

// A wait with a deadline: past it, the process ends.
export async function waitForDatabase(connect: () => Promise<void>, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (true) {
    try {
      await connect();
      return;
    } catch {
      const elapsed = Date.now() - start;
      if (elapsed > timeoutMs) {
        console.error(`database not reachable after ${elapsed} ms`);
        process.exit(1);
      }
      await sleep(1000);
    }
  }
}

// The real leak next to it: it polls until the job is done, which may never happen.
export async function waitForJob(check: () => Promise<boolean>): Promise<void> {
  for (let round = 1; ; round += 1) {
    if (await check()) return;
    await sleep(1000);
  }
}
