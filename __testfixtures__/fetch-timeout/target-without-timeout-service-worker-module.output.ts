// A service worker's module on a target without AbortSignal.timeout: no fix, and the findings are
// `medium` — the browser stops a worker whose event runs too long, so no request there waits for
// ever: a helper the `install` listener calls, a request for a notification, a page's media passed
// on in `respondWith` with options of its own.
declare const self: ServiceWorkerGlobalScope;

async function precache(cache: Cache) {
  const res = await fetch('/shell.html', { cache: 'no-store' });
  await cache.put('/shell.html', res);
}

export function fetchFromApi(path: string, token: string) {
  return fetch(new URL(path, self.location.href).href, { headers: { Authorization: `Bearer ${token}` } });
}

export function passOn(event: FetchEvent, token: string) {
  event.respondWith(fetch(event.request.url, { headers: { Authorization: `Bearer ${token}` } }));
}

export async function notify(id: string, token: string) {
  const res = await fetchFromApi(`/api/v1/notifications/${id}`, token);
  const data = await res.json();
  await self.registration.showNotification(data.title);
}

export { precache };
