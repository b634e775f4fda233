export function schedule(task: () => void, options?: { delayMs?: number; signal?: AbortSignal }): void {
  const timeoutId = setTimeout(task, options?.delayMs ?? 0);
  options?.signal?.addEventListener('abort', () => clearTimeout(timeoutId), { once: true });
}
