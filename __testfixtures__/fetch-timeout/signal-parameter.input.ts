export async function loadUser(id: string, signal: AbortSignal) {
  const res = await fetch(`/api/users/${id}`, { headers: { accept: 'application/json' } });
  return res.json();
}
