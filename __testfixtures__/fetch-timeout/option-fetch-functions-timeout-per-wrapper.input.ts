import { apiFetch, uploadFetch } from './api';
import { request } from './http';

export async function load(id: string) {
  const user = await apiFetch(`/users/${id}`);
  const report = await uploadFetch(`/reports/${id}`, { method: 'POST', body: 'ok' });
  const avatar = await request({ url: `/avatars/${id}` });
  return { user, report, avatar };
}
