import axios from 'axios';

export async function getReport(url: string) {
  const { data } = await axios.get(url, { responseType: 'json', signal: AbortSignal.timeout(10_000) });
  return data;
}
