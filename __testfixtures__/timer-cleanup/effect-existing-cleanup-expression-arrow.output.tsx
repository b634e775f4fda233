import { useEffect } from 'react';

export function Live({ store, refresh }: { store: { subscribe(fn: () => void): () => void }; refresh: () => void }) {
  useEffect(() => {
    const unsubscribe = store.subscribe(refresh);
    const pollId = setInterval(refresh, 10_000);
    return () => {
      unsubscribe();
      clearInterval(pollId);
    };
  }, [store, refresh]);

  return null;
}
