export async function save(url: string, body: string) {
  const res = await fetch(url, {
    method: 'PUT',
    body // raw text, not JSON
  });
  return res.ok;
}
