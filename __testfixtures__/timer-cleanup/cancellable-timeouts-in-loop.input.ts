export function remindAll(users: string[], remind: (user: string) => void, signal: AbortSignal): void {
  for (const user of users) {
    setTimeout(() => remind(user), 60_000);
  }
}
