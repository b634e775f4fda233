import axios from 'axios';

export async function call(url: string) {
  await axios({ url, method: 'GET' });
  await axios('/health');
  await axios(url, { method: 'POST' });
  await axios.request({ url });
}
