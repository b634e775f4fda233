import { apiFetch } from './api';
import { request } from './http';

export async function load(id: string) {
  const user = await apiFetch(`/users/${id}`);
  const posts = await apiFetch(`/users/${id}/posts`, { method: 'GET' });
  const avatar = await request({ url: `/avatars/${id}` });
  return { user, posts, avatar };
}
