export async function pollUntilReady(check: () => Promise<boolean>, options: { signal?: AbortSignal }): Promise<void> {
  let signal: AbortSignal | undefined;
  signal = options.signal ?? AbortSignal.timeout(30_000);
  while (!(await check())) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
