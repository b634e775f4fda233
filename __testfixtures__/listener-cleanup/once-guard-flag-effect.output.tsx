import { useEffect } from 'react';

let syncBound = false;

function syncDrafts() {
  // …
}

export function Editor() {
  // Not a finding: bound once for the whole page; removing it in the cleanup would lose it for
  // good (the flag stops every later mount from adding it again).
  useEffect(() => {
    if (!syncBound) {
      syncBound = true;
      window.addEventListener('online', syncDrafts);
    }
  }, []);

  // Still a finding (auto fix): no guard.
  useEffect(() => {
    window.addEventListener('offline', syncDrafts);
    return () => {
      window.removeEventListener('offline', syncDrafts);
    };
  }, []);
  return null;
}
