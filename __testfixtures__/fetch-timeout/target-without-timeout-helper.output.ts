import { API_URL } from './config';
import { timeoutSignal } from '#lib/abort';

export async function load(path: string) {
  return fetch(`${API_URL}${path}`, { signal: timeoutSignal(10_000) });
}

export async function save(path: string, id: string) {
  return fetch(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify({ id }), signal: timeoutSignal(10_000) });
}
