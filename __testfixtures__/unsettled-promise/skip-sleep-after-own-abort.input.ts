import { request } from 'node:http';

export async function abortThenSettle(url: string): Promise<void> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 10);
  await new Promise<void>((resolve) => {
    const req = request(url, { signal: controller.signal }, () => resolve());
    req.on('error', () => resolve());
    req.end();
  });
  // Give the aborted socket time to close: this wait must outlast the abort.
  await new Promise((resolve) => setTimeout(resolve, 100));
}
