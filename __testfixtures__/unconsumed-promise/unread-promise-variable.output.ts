async function prefetch(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  return response.json();
}

export function mount(url: string) {
  const pending = prefetch(url).catch((error) => console.error(error));
  const ready = prefetch(`${url}/ready`);
  return ready;
}
