import { setTimeout as delay } from 'node:timers/promises';

// The code kills the process on abort, waits for the output to flush, then throws an error of
// its own with the partial output: a sleep that rejects on abort would throw a bare AbortError
// instead and lose that output, so the fix is a suggestion.
export async function runCommand(run: () => Promise<string>, readOutput: () => string, signal?: AbortSignal): Promise<string> {
  const result = await run();
  await new Promise((r) => setTimeout(r, 100));
  const output = readOutput();
  if (signal?.aborted) {
    throw new Error(output ? `${output}\n\nCommand aborted` : 'Command aborted');
  }
  return result + output;
}

// Still auto: a rethrow of what failed is not an error of the code's own making about the abort.
export async function retry(work: () => Promise<void>, signal: AbortSignal): Promise<void> {
  let last: unknown;
  for (let i = 0; i < 3; i++) {
    try {
      return await work();
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 1000));
    if (signal.aborted) {
      throw last;
    }
  }
}

export const pause = (ms: number) => delay(ms);
