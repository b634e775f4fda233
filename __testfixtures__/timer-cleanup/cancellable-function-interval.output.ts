export async function watchJob(id: string, signal: AbortSignal, report: (id: string) => void): Promise<void> {
  const intervalId = setInterval(() => report(id), 1_000);
  signal.addEventListener('abort', () => clearInterval(intervalId), { once: true });
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}
