// A service worker's own events: the browser stops a worker whose event runs too long, and a
// fixed deadline would also cut a slow precache — the deadline is only suggested.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open('v1').then((cache) => fetch('/app-shell.html').then((res) => cache.put('/app-shell.html', res))),
  );
});

self.addEventListener('push', (event) => {
  const show = async () => {
    const res = await fetch('/api/v1/notifications/latest');
    const data = await res.json();
    return self.registration.showNotification(data.title);
  };
  event.waitUntil(show());
});

self.onnotificationclick = (event) => {
  fetch('/api/v1/notifications/clicked', { method: 'POST' });
};

// Negative: a message from a page is no lifecycle event, and a helper outside any listener
// is an ordinary request: both get their deadline
self.addEventListener('message', async (event) => {
  const res = await fetch('/api/v1/settings', { signal: AbortSignal.timeout(10_000) });
  event.source.postMessage(await res.json());
});

export async function loadConfig() {
  const res = await fetch('/config.json', { signal: AbortSignal.timeout(10_000) });
  return res.json();
}
