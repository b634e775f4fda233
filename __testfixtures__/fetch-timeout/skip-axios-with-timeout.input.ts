import axios from 'axios';

export async function load(url: string, signal: AbortSignal) {
  await axios.get(url, { timeout: 5000 });
  await axios.post(url, {}, { signal });
  await axios({ url, timeout: 5000 });
}
