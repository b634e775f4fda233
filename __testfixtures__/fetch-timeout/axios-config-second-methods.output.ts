import axios from 'axios';

export async function sync(url: string) {
  await axios.get(url, { signal: AbortSignal.timeout(10_000) });
  await axios.delete(url, { params: { force: true }, signal: AbortSignal.timeout(10_000) });
  await axios.head(url, { signal: AbortSignal.timeout(10_000) });
  await axios.options(url, { signal: AbortSignal.timeout(10_000) });
}
