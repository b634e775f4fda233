export function remindAll(users: string[], remind: (user: string) => void, signal: AbortSignal): void {
  for (const user of users) {
    const timeoutId = setTimeout(() => remind(user), 60_000);
    signal.addEventListener('abort', () => clearTimeout(timeoutId), { once: true });
  }
}
