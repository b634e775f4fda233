export const load = (url: string) => fetch(url, { signal: AbortSignal.timeout(10_000) });
