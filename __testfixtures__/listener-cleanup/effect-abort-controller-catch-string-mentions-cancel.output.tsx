import { useEffect, useState } from 'react';
declare function getJSON(u: string, o: { signal: AbortSignal }): Promise<any>;
declare function captureException(e: unknown, o?: unknown): void;

// The handler reports every error: a string that says "cancel" (or a comment: abort, signal)
// tells no abort apart, so the cleanup's abort is a suggestion.
export function Threads() {
  const [d, setD] = useState(null);
  useEffect(() => {
    const controller = new AbortController();
    getJSON('/threads', { signal: controller.signal })
      .then(setD)
      // not the abort signal's concern
      .catch((error) => captureException(error, { tags: { area: 'cancel-flow' } }));
  }, []);
  return d;
}
