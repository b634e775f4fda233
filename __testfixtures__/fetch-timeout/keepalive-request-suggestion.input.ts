// A keepalive request is handed over to finish after the page unloads: a deadline is only suggested
export function saveMarkers() {
  return fetch('/api/v1/markers', { keepalive: true, method: 'POST' });
}

// Negative: the same request without keepalive gets its deadline
export function loadMarkers() {
  return fetch('/api/v1/markers', { method: 'GET' });
}

// Negative: keepalive: false is an ordinary request
export function ping() {
  return fetch('/ping', { keepalive: false });
}
