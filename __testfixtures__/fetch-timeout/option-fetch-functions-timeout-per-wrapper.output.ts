import { apiFetch, uploadFetch } from './api';
import { request } from './http';

export async function load(id: string) {
  const user = await apiFetch(`/users/${id}`, { signal: AbortSignal.timeout(5_000) });
  const report = await uploadFetch(`/reports/${id}`, { method: 'POST', body: 'ok', signal: AbortSignal.timeout(120_000) });
  const avatar = await request({ url: `/avatars/${id}`, timeout: 30_000 });
  return { user, report, avatar };
}
