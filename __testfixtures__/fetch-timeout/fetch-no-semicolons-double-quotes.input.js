export async function load(url) {
  const res = await fetch(url, { headers: { accept: "application/json" } })
  return res.json()
}
