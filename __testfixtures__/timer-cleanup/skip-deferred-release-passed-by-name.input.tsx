// A server entry that streams a React render: the timer's callback is the render's own `abort`,
// passed by name. It ends the render if it takes too long; cancelling it when the request ends
// would leave a stuck render running.
import { PassThrough } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import type { ReactElement } from 'react';

export const streamTimeout = 5_000;

export default function handleRequest(request: Request, app: ReactElement): Promise<Response> {
  return new Promise((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(app, {
      onShellReady() {
        const body = new PassThrough();
        resolve(new Response(body as unknown as ReadableStream, { headers: { 'Content-Type': 'text/html' } }));
        pipe(body);
      },
      onShellError: reject,
    });

    // Abort the render after the stream timeout, so rejected boundaries can flush.
    setTimeout(abort, streamTimeout + 1000);
  });
}

export function watchFeed(feed: { subscribe(fn: () => void): { unsubscribe(): void } }, controller: AbortController) {
  const subscription = feed.subscribe(() => {});
  // Released later, by name: a bound release, a received one.
  setTimeout(subscription.unsubscribe.bind(subscription), 60_000);
  setTimeout(controller.abort.bind(controller), 60_000);
}
