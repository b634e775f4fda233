import axios from 'axios';

export async function getReport(url: string) {
  const { data } = await axios.get(url, { responseType: 'json' });
  return data;
}
