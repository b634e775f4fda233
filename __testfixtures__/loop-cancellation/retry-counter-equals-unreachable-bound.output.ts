const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The counter starts above the number it is compared with: it never meets it.
export async function detect(probe: () => Promise<void>): Promise<boolean> {
  for (let i = 3; ; i++) {
    try {
      await probe();
      return true;
    } catch {
      if (i === 2) return false;
      await wait(1000);
    }
  }
}

// The counter steps by two: it skips the number.
export async function detectEven(probe: () => Promise<void>): Promise<boolean> {
  for (let i = 0; ; i += 2) {
    try {
      await probe();
      return true;
    } catch {
      if (i === 3) return false;
      await wait(1000);
    }
  }
}
