export async function uploadAvatar(url: string, file: File) {
  const form = new FormData();
  form.append('avatar', file);
  const res = await fetch(url, { method: 'POST', body: form, signal: AbortSignal.timeout(10_000) });
  return res.ok;
}
