// The loop's own test reads the signal: after an abort the sleep runs out, the test fails and
// the loop ends without an error. A sleep that rejects on abort would make that clean end a
// thrown AbortError (and the caller below drops the promise): the fix is a suggestion.
const playQueue = async (queue, signal) => {
  while (!signal.aborted) {
    if (queue.length > 0) {
      await queue.shift()();
    } else {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
};

export function start(queue) {
  const controller = new AbortController();
  playQueue(queue, controller.signal);
  return () => controller.abort();
}

// Beside it: the loop's test does not look at the signal, so after an abort the loop would go
// on sleeping for ever; tying the sleep to the signal stays auto.
export const drain = async (queue, signal) => {
  while (queue.length > 0) {
    await queue.shift()();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
