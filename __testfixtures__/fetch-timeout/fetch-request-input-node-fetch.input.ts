import * as nodeFetch from 'node-fetch';

// The CLI swaps the platform's fetch for node-fetch's, and its Request with it.
(global as any).fetch = nodeFetch.default;
(global as any).Request = nodeFetch.Request;

export class CliApiService {
  nativeFetch(request: Request): Promise<Response> {
    return fetch(request);
  }

  async send(request: Request, signal?: AbortSignal): Promise<unknown> {
    const response = await fetch(request);
    return response.json();
  }
}
