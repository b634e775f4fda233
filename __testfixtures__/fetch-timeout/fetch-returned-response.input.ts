export function getUser(id: string): Promise<Response> {
  return fetch(`/api/users/${id}`);
}

export async function checkUpstream(url: string) {
  const res = await fetch(url, { method: 'HEAD' });
  return res;
}
