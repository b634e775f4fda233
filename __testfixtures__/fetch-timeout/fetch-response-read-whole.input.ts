export async function loadUser(id: string) {
  const res = await fetch(`/api/users/${id}`);
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

export async function loadReadme(name: string) {
  return (await fetch(`/docs/${name}/README.md`)).text();
}

export function loadConfig(url: string) {
  return fetch(url)
    .then((res) => res.json())
    .then((config) => config.body);
}
