// The options get their signal after the literal: assigned into the variable, or merged into it
// with Object.assign (only where AbortController exists). The requests can be cancelled.
export function request(url, body, timeoutMs) {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let options = { method: 'POST', body };
  if (controller) {
    options = Object.assign(options, { signal: controller.signal });
  }
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  return fetch(url, options).finally(() => clearTimeout(timer));
}

export function upload(url, body, signal) {
  const init = { method: 'PUT', body };
  init.signal = signal;
  return fetch(url, init);
}

export async function pollAll(urls, timeoutMs) {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const options = { method: 'GET' };
  if (controller) options.signal = controller.signal;
  setTimeout(() => controller?.abort(), timeoutMs);
  const results = [];
  for (const url of urls) results.push(await fetch(url, options));
  return results;
}
