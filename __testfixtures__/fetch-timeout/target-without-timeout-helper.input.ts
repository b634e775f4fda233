import { API_URL } from './config';

export async function load(path: string) {
  return fetch(`${API_URL}${path}`);
}

export async function save(path: string, body: string) {
  return fetch(`${API_URL}${path}`, { method: 'POST', body });
}
