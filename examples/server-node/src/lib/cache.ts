/** A read-through cache: concurrent readers of one key share a single load. */
export function createCache<T>(load: (key: string) => Promise<T>, ttlMs = 60_000) {
  const entries = new Map<string, { value: Promise<T>; expires: number }>();

  // Named like the cache libraries do; this `fetch` reads the cache, not the network.
  function fetch(key: string): Promise<T> {
    const hit = entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    // safe: assigned, and then used: stored, given a rejection handler and returned.
    const value = load(key);
    entries.set(key, { value, expires: Date.now() + ttlMs });
    // safe: the chain ends in a rejection handler (a failed load is evicted, callers still see
    // the rejection through `value`).
    value.catch(() => entries.delete(key));
    return value;
  }

  async function fetchMany(keys: string[]): Promise<T[]> {
    // safe: `fetch` is the local cache function above, not the global fetch.
    return Promise.all(keys.map((key) => fetch(key)));
  }

  return { fetch, fetchMany, clear: () => entries.clear() };
}
