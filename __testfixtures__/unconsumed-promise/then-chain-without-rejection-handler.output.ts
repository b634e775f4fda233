export function showUser(id: string, render: (name: string) => void) {
  void fetch(`/users/${id}`, { signal: AbortSignal.timeout(5_000) })
    .then((response) => response.json())
    .then((user: { name: string }) => render(user.name)).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });
}
