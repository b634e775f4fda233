export async function streamTicks(write: (line: string) => void) {
  while (true) {
    write(new Date().toISOString());
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
