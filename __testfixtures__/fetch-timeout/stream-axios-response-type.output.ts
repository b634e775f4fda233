import axios from 'axios';
import { createWriteStream } from 'node:fs';

export async function saveExport(url: string, path: string) {
  const { data } = await axios.get(url, { responseType: 'stream' });
  data.pipe(createWriteStream(path));
}

export async function getLogo(url: string): Promise<Blob> {
  const { data } = await axios.get<Blob>(url, { responseType: 'blob' });
  return data;
}

export async function render(url: string, html: string) {
  const { data } = await axios.post(url, { html }, { responseType: 'arraybuffer', headers: { accept: 'application/pdf' } });
  return data;
}
