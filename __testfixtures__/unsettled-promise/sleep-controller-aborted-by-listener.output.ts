import type { IncomingMessage, ServerResponse } from 'node:http';

export async function streamTicks(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const controller = new AbortController();
  response.on('close', () => controller.abort());
  for (let tick = 0; !controller.signal.aborted; tick++) {
    response.write(`tick ${tick}\n`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
