import axios from 'axios';

export async function write(url: string, id: number) {
  await axios.post(url, { id }, { signal: AbortSignal.timeout(10_000) });
  await axios.put(url, { id, done: true }, { headers: { 'x-id': '1' }, signal: AbortSignal.timeout(10_000) });
  await axios.patch(url, undefined, { signal: AbortSignal.timeout(10_000) });
}
