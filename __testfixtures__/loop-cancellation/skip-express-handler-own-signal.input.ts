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

// Already tied to the request: nothing to combine.
export function mountRoutes(router: Router, shutdown: AbortSignal): void {
  router.get('/ticks', (req, res) => {
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    void streamTicks(res, AbortSignal.any([shutdown, controller.signal]));
  });
}
