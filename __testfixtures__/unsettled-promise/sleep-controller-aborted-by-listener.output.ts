import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

export async function streamTicks(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const controller = new AbortController();
  response.on('close', () => controller.abort());
  for (let tick = 0; !controller.signal.aborted; tick++) {
    response.write(`tick ${tick}\n`);
    await delay(1000, undefined, { signal: controller.signal });
  }
}
