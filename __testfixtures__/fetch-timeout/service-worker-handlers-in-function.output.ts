// A service worker whose handlers are registered in a function it calls, passing on the page's
// request or a copy of it made without a signal of its own: the copy keeps the page's signal.
declare const self: ServiceWorkerGlobalScope;

let credentialless = false;

const setUpWorker = () => {
  self.addEventListener('fetch', (event: FetchEvent) => {
    const original = event.request;
    const request = credentialless && original.mode === 'no-cors' ? new Request(original, { credentials: 'omit' }) : original;
    event.respondWith((async () => {
      const response = await fetch(request);
      if (response.ok) return response;
      return (await caches.match(request)) ?? response;
    })());
  });
};

// Still a finding: a request the worker makes itself.
function ping(event: FetchEvent) {
  const request = new Request(`/ping?from=${event.clientId}`);
  return fetch(request, { signal: AbortSignal.timeout(10_000) });
}

setUpWorker();
export { ping };
