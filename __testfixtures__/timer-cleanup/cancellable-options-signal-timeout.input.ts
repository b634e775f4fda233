export function schedule(task: () => void, options?: { delayMs?: number; signal?: AbortSignal }): void {
  setTimeout(task, options?.delayMs ?? 0);
}
