export async function watchJob(id: string, signal: AbortSignal, report: (id: string) => void): Promise<void> {
  setInterval(() => report(id), 1_000);
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}
