const save = async (id: number) => {
  await fetch(`/items/${id}`, { method: 'PUT', signal: AbortSignal.timeout(5_000) });
};

function load(id: number): Promise<Response> {
  return fetch(`/items/${id}`, { signal: AbortSignal.timeout(5_000) });
}

export function touch(id: number) {
  void save(id).catch((error) => console.error(error));
  void load(id).catch((error) => console.error(error))
}
