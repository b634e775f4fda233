import axios from 'axios';

// The instance's `timeout` would also bound the upload below: suggested, not applied.
const storage = axios.create({ baseURL: 'https://storage.example.com' });

export async function listFiles(folder: string) {
  const { data } = await storage.get(`/folders/${folder}`);
  return data;
}

export async function uploadFile(folder: string, file: Blob) {
  const form = new FormData();
  form.append('file', file);
  await storage.post(`/folders/${folder}`, form);
}
