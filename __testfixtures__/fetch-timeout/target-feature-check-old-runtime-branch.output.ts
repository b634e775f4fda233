export async function load(url: string) {
  if (typeof AbortSignal.timeout === 'function') {
    return fetch(url, { signal: AbortSignal.timeout(10_000) });
  } else {
    // old browsers: no AbortSignal.timeout
    return fetch(url);
  }
}

export function loadFast(url: string) {
  return 'timeout' in AbortSignal ? fetch(url, { signal: AbortSignal.timeout(10_000) }) : fetch(url);
}

export function loadLegacy(url: string) {
  if (!AbortSignal.timeout) return fetch(url);
  return fetch(url, { signal: AbortSignal.timeout(10_000) });
}
