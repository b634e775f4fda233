// Runs its function again and again: what it is handed runs more than once.
export function retry(times: number, run: () => void): void {
  for (let i = 0; i < times; i++) run();
}
