import axios from 'axios';

export async function write(url: string, data: unknown) {
  await axios.post(url, data);
  await axios.put(url, data, { headers: { 'x-id': '1' } });
  await axios.patch(url);
}
