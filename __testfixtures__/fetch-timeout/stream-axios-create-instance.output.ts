import axios from 'axios';

const files = axios.create({ baseURL: 'https://files.example.com' });

export async function listFiles() {
  const { data } = await files.get('/list');
  return data;
}

export async function openFile(name: string) {
  const { data } = await files.get(`/raw/${name}`, { responseType: 'stream' });
  return data;
}
