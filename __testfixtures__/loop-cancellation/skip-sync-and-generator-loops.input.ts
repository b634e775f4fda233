export function tokenize(text: string) {
  let i = 0;
  while (true) {
    if (i >= text.length) return i;
    i++;
  }
}

export async function* ticks(sleep: (ms: number) => Promise<void>) {
  while (true) {
    await sleep(1000);
    yield Date.now();
  }
}

export async function spin(step: () => void) {
  while (true) {
    step();
    if (Math.random() > 0.5) break;
  }
}
