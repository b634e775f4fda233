// A service worker passing the page's own request on: the request carries the page's signal,
// so the page's cancellation ends the fetch, and a deadline would cut its long polls.
const CACHE = 'v1';

function fromCache(request) {
  return caches.open(CACHE).then((cache) =>
    cache.match(request).then((matching) => matching || fetch(request)),
  );
}

// Still a finding: a request the worker makes itself.
function precache() {
  return caches.open(CACHE).then((cache) => {
    let request = new Request('/index.html', { cache: 'no-store' });
    return fetch(request).then((response) => cache.put(request, response));
  });
}

// Still a finding: the page's request with options of the worker's own.
function refresh(request) {
  return fetch(request, { cache: 'reload' });
}

self.addEventListener('install', (evt) => {
  evt.waitUntil(precache());
});

self.addEventListener('fetch', (evt) => {
  if (evt.request.method !== 'GET') {
    return void evt.respondWith(fetch(evt.request));
  }
  if (evt.request.cache === 'reload') return void evt.respondWith(refresh(evt.request));
  evt.respondWith(fromCache(evt.request));
});
