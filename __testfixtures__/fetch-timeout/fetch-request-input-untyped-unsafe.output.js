// A handler given an event that holds a Request (not a service worker's own fetch listener).
export function proxy(event) {
  return fetch(event.request, { signal: AbortSignal.any([event.request.signal, AbortSignal.timeout(10_000)]) });
}
