import axios from 'axios';

export async function call(url: string) {
  await axios({ url, method: 'GET', signal: AbortSignal.timeout(10_000) });
  await axios('/health', { signal: AbortSignal.timeout(10_000) });
  await axios(url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  await axios.request({ url, signal: AbortSignal.timeout(10_000) });
}
