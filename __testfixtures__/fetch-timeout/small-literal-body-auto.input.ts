export async function requests(url: string, id: number, user: { name: string }) {
  await fetch(url);
  await fetch(url, { method: 'HEAD' });
  await fetch(url, { method: 'DELETE' });
  await fetch(url, { method: 'POST' });
  await fetch(url, { method: 'POST', body: 'ping' });
  await fetch(url, { method: 'POST', body: `{"ok":true}` });
  await fetch(url, { method: 'POST', body: JSON.stringify({ id, done: true, name: user.name, parent: null }) });
  await fetch(url, { method: 'POST', body: new URLSearchParams({ q: 'leaks', page: '1' }) });
}
