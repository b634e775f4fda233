import axios from 'axios';

const api = axios.create({ baseURL: 'https://api.example.com' });

export async function getUser(id: string) {
  const { data } = await api.get(`/users/${id}`);
  return data;
}

export async function renameUser(id: string, name: string) {
  await api.post(`/users/${id}`, { name });
}
