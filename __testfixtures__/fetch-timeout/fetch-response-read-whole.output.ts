export async function loadUser(id: string) {
  const res = await fetch(`/api/users/${id}`, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

export async function loadReadme(name: string) {
  return (await fetch(`/docs/${name}/README.md`, { signal: AbortSignal.timeout(10_000) })).text();
}

export function loadConfig(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(10_000) })
    .then((res) => res.json())
    .then((config) => config.body);
}
