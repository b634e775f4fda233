type Init = RequestInit & { dispatcher?: unknown; retries?: number };

// A fetch implementation handed to a library: it drops one key and forwards the rest of its
// caller's options, signal included. A suggestion: one deadline here would apply to every call.
export const fetchWithoutDispatcher: typeof fetch = async (input, init) => {
  const { dispatcher, ...safeInit } = (init ?? {}) as Init;
  return fetch(input, safeInit);
};

export async function send(url: string, options: Init) {
  const { retries, ...rest } = options;
  return fetch(url, { ...rest, headers: { 'x-retries': String(retries ?? 0) } });
}

// Negative: the rest of the function's own object is not a caller's options: no note about
// forwarding (a suggestion only because the options spread an object).
export async function ping(url: string) {
  const { retries, ...rest } = { method: 'HEAD', retries: 1 };
  return fetch(url, { ...rest, headers: { 'x-retries': String(retries) } });
}
