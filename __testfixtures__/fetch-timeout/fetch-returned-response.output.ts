export function getUser(id: string): Promise<Response> {
  return fetch(`/api/users/${id}`, { signal: AbortSignal.timeout(10_000) });
}

export async function checkUpstream(url: string) {
  const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
  return res;
}
