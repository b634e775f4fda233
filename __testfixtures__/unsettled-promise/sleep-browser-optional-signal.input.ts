export async function retry<T>(work: () => Promise<T>, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise<void>((resolve) => setTimeout(() => resolve(), attempt * 500));
    }
  }
}
