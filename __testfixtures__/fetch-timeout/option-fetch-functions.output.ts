import { apiFetch } from './api';
import { request } from './http';

export async function load(id: string) {
  const user = await apiFetch(`/users/${id}`, { signal: AbortSignal.timeout(10_000) });
  const posts = await apiFetch(`/users/${id}/posts`, { method: 'GET', signal: AbortSignal.timeout(10_000) });
  const avatar = await request({ url: `/avatars/${id}`, timeout: 10_000 });
  return { user, posts, avatar };
}
