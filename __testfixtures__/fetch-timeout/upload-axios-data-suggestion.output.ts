import axios from 'axios';

export async function save(url: string, id: number, scene: object, form: FormData) {
  await axios.post(url, scene);
  await axios.put(url, form, { headers: { 'x-id': '1' } });
  await axios.patch(url, { id, content: scene });
  await axios({ url, method: 'post', data: scene });
  await axios.request({ url, method: 'put', data: JSON.stringify(scene) });
  // small literal data stays auto
  await axios.post(url, { id, done: true }, { signal: AbortSignal.timeout(10_000) });
  await axios({ url, method: 'post', data: { id }, signal: AbortSignal.timeout(10_000) });
}
