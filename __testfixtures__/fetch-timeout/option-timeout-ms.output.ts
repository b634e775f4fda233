export const load = (url: string) => fetch(url, { signal: AbortSignal.timeout(5_000) });
