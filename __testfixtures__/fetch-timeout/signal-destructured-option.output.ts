interface LoadOptions {
  retries?: number;
  signal?: AbortSignal;
}

export async function load(url: string, { retries = 3, signal }: LoadOptions = {}) {
  for (let attempt = 0; attempt < retries; attempt++) {
    const res = await fetch(url, { signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000) });
    if (res.ok) return res;
  }
  throw new Error('gave up');
}
