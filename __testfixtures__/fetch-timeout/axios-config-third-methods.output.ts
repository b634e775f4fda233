import axios from 'axios';

export async function write(url: string, data: unknown) {
  await axios.post(url, data, { signal: AbortSignal.timeout(10_000) });
  await axios.put(url, data, { headers: { 'x-id': '1' }, signal: AbortSignal.timeout(10_000) });
  await axios.patch(url, undefined, { signal: AbortSignal.timeout(10_000) });
}
