import * as nodeFetch from 'node-fetch';

// The CLI swaps the platform's fetch for node-fetch's, and its Request with it.
(global as any).fetch = nodeFetch.default;
(global as any).Request = nodeFetch.Request;

export class CliApiService {
  nativeFetch(request: Request): Promise<Response> {
    return fetch(request, { signal: request.signal ? AbortSignal.any([request.signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000) });
  }

  async send(request: Request, signal?: AbortSignal): Promise<unknown> {
    const response = await fetch(request, { signal: request.signal ? (signal ? AbortSignal.any([request.signal, signal, AbortSignal.timeout(10_000)]) : AbortSignal.any([request.signal, AbortSignal.timeout(10_000)])) : (signal ? AbortSignal.any([signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000)) });
    return response.json();
  }
}
