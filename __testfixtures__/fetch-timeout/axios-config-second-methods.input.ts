import axios from 'axios';

export async function sync(url: string) {
  await axios.get(url);
  await axios.delete(url, { params: { force: true } });
  await axios.head(url);
  await axios.options(url, {});
}
