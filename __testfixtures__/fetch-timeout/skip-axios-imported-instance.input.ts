import { api } from './api';
import client from './client';

export async function load(id: string) {
  await api.get(`/items/${id}`);
  await client.post('/items', { id });
}
