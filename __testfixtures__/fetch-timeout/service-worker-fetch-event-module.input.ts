/// <reference lib="WebWorker" />
// A module of a service worker whose `fetch` listener is in another file
// (`self.addEventListener('fetch', handleFetch)` there): a `FetchEvent`'s request is the
// page's own, ended by the page's signal; a deadline would cut its long downloads.
export function handleFetch(event: FetchEvent) {
  if (new URL(event.request.url).pathname === '/logout') {
    event.respondWith(fetch(event.request));
    return;
  }
  event.respondWith(cacheFirst({ event, name: 'images' }));
}

async function cacheFirst({ event, name }: { event: FetchEvent; name: string }) {
  const cache = await caches.open(name);
  const request = event.request;
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  await cache.put(request, response.clone());
  return response;
}

// Still a finding: a request the worker makes itself.
export async function warmUp(event: FetchEvent) {
  const cache = await caches.open('pages');
  await cache.put('/', await fetch('/', { credentials: 'include' }));
  return event.request.url;
}

// Still a finding: the page's request with options of the worker's own.
export function revalidate(event: FetchEvent) {
  return fetch(event.request, { cache: 'reload' });
}

// Still a finding: nothing says this request is a page's.
export function proxy(message: { request: Request }) {
  return fetch(message.request);
}
