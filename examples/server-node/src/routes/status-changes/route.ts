/** Long-poll endpoint: answers as soon as the status changes after `?since=<version>`. */
import { STATUS_API } from '../../config';
import { sleep } from '../../lib/timing';

async function getStatusVersion(): Promise<number> {
  // safe: the request has a deadline.
  const response = await fetch(`${STATUS_API}/status/version`, { signal: AbortSignal.timeout(2_000) });
  return ((await response.json()) as { version: number }).version;
}

export async function GET(request: Request): Promise<Response> {
  const since = Number(new URL(request.url).searchParams.get('since') ?? 0);
  // leak (loop-cancellation, auto): the loop never looks at `request.signal`: when the client
  // gives up, it keeps polling the status API until the status happens to change, which on a
  // quiet day is never.
  while (true) {
    const version = await getStatusVersion();
    if (version > since) return Response.json({ version });
    await sleep(1_000);
  }
}
