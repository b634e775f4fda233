export function showUser(id: string, render: (name: string) => void) {
  fetch(`/users/${id}`, { signal: AbortSignal.timeout(5_000) })
    .then((response) => response.json())
    .then((user: { name: string }) => render(user.name));
}
