export async function loadUser(id: string) {
  const res = await fetch(`/api/users/${id}`);
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

export async function loadReadme(url: string) {
  return (await fetch(url)).text();
}

export function loadConfig(url: string) {
  return fetch(url)
    .then((res) => res.json())
    .then((config) => config.body);
}
