/**
 * What a promise has done after some real time — for runtime proofs that an input stays pending
 * and its output rejects (timers from `node:timers`, so fake timers in a test do not stop it).
 */
import * as nodeTimers from 'node:timers';

export type Outcome = { state: 'pending' } | { state: 'resolved'; value: unknown } | { state: 'rejected'; error: unknown };

/** What `promise` has done after `ms` of real time. */
export async function outcomeAfter(promise: Promise<unknown>, ms: number): Promise<Outcome> {
  let outcome: Outcome = { state: 'pending' };
  promise.then(
    (value) => (outcome = { state: 'resolved', value }),
    (error: unknown) => (outcome = { state: 'rejected', error }),
  );
  await new Promise((resolve) => nodeTimers.setTimeout(resolve, ms));
  return outcome;
}

/** The rejection's `name` (`AbortError`, `TimeoutError`), if the promise rejected. */
export function errorName(outcome: Outcome): string | undefined {
  return outcome.state === 'rejected' ? (outcome.error as { name?: string } | null)?.name : undefined;
}
