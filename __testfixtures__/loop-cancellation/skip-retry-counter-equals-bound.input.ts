const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The counter starts at 0 and steps by one: `i === 2` ends the loop after three tries.
export async function detect(probe: () => Promise<void>): Promise<boolean> {
  for (let i = 0; ; i++) {
    try {
      await probe();
      return true;
    } catch {
      if (i === 2) return false;
      await wait(1000);
    }
  }
}
