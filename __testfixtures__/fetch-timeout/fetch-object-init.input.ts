export async function save(url: string) {
  const res = await fetch(url, { method: 'POST', body: `ping` });
  return res.ok;
}
