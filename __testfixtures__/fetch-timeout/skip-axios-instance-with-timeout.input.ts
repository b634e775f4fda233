import axios from 'axios';

const api = axios.create({ baseURL: '/api', timeout: 5000 });

export async function load(id: string) {
  return api.get(`/items/${id}`);
}
