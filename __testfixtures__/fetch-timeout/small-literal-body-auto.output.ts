export async function requests(url: string, id: number, user: { name: string }) {
  await fetch(url, { signal: AbortSignal.timeout(10_000) });
  await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
  await fetch(url, { method: 'DELETE', signal: AbortSignal.timeout(10_000) });
  await fetch(url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  await fetch(url, { method: 'POST', body: 'ping', signal: AbortSignal.timeout(10_000) });
  await fetch(url, { method: 'POST', body: `{"ok":true}`, signal: AbortSignal.timeout(10_000) });
  await fetch(url, { method: 'POST', body: JSON.stringify({ id, done: true, name: user.name, parent: null }), signal: AbortSignal.timeout(10_000) });
  await fetch(url, { method: 'POST', body: new URLSearchParams({ q: 'leaks', page: '1' }), signal: AbortSignal.timeout(10_000) });
}
