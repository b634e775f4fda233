import { setTimeout as sleep } from 'node:timers/promises';

interface Res {
  on(event: 'close', listener: () => void): void;
  write(chunk: string): void;
}
interface Router {
  get(path: string, handler: (req: unknown, res: Res) => void): void;
}

async function streamTicks(res: Res, signal?: AbortSignal): Promise<void> {
  while (!signal?.aborted) {
    res.write('tick\n');
    await sleep(1_000, undefined, { signal }).catch(() => {});
  }
}

// The routes stop with the server (shutdown) — and each stream should stop with its request too.
export function mountRoutes(router: Router, shutdown: AbortSignal): void {
  router.get('/ticks', (req, res) => {
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    void streamTicks(res, AbortSignal.any([shutdown, controller.signal]));
  });
}

// An optional signal: the request's alone when there is none.
export function mountDrainRoutes(router: Router, drain?: AbortSignal): void {
  router.get('/ticks-drain', (req, res) => {
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    void streamTicks(res, drain ? AbortSignal.any([drain, controller.signal]) : controller.signal);
  });
}
