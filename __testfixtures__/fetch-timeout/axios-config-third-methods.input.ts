import axios from 'axios';

export async function write(url: string, id: number) {
  await axios.post(url, { id });
  await axios.put(url, { id, done: true }, { headers: { 'x-id': '1' } });
  await axios.patch(url);
}
