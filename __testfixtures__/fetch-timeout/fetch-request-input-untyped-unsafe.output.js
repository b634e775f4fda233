self.addEventListener('fetch', (event) => {
  event.respondWith(fetch(event.request, { signal: AbortSignal.any([event.request.signal, AbortSignal.timeout(10_000)]) }));
});
