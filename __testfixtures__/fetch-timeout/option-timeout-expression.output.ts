import { config } from './config';

export const load = (url: string) => fetch(url, { signal: AbortSignal.timeout(config.httpTimeoutMs) });
