const response = await fetch('https://example.com/config.json', { signal: AbortSignal.timeout(10_000) });
export const config = await response.json();
