export async function save(url: string) {
  const res = await fetch(url, {
    method: 'POST',
    body: '',
  });
  return res.ok;
}
