// The signal is written into the options, but not on the way to every request: after the first
// request (only the second one gets it), in a branch apart from the request, or in a callback
// that may run later. The first request of each function can still hang.
export async function getTwice(url) {
  const options = { method: 'GET' };
  const first = await fetch(url, { ...options, signal: options?.signal ?? AbortSignal.timeout(10_000) });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  options.signal = controller.signal;
  const second = await fetch(url, options);
  return [await first.json(), await second.json()];
}

export function post(url, body, retry, signal) {
  const options = { method: 'POST', body };
  if (retry) {
    options.signal = signal;
  }
  return fetch(url, { ...options, signal: options?.signal ?? (signal ? AbortSignal.any([signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000)) });
}

export function load(url, ready) {
  const options = { method: 'GET' };
  ready(() => {
    Object.assign(options, { signal: AbortSignal.timeout(5000) });
  });
  return fetch(url, { ...options, signal: options?.signal ?? AbortSignal.timeout(10_000) });
}
