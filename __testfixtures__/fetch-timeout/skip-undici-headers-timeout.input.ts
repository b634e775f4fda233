import { request, stream } from 'undici';

export async function load(url: string, sink: () => NodeJS.WritableStream) {
  await request(url, { headersTimeout: 5000, bodyTimeout: 5000 });
  await stream(url, { bodyTimeout: 5000 }, sink);
}
