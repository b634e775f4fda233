export async function save(url: string) {
  const res = await fetch(url, {
    method: 'PUT',
    body: 'ping' // raw text, not JSON
  });
  return res.ok;
}
