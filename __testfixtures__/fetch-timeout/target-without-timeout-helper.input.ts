import { API_URL } from './config';

export async function load(path: string) {
  return fetch(`${API_URL}${path}`);
}

export async function save(path: string, id: string) {
  return fetch(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify({ id }) });
}
