export async function followStatus(url: string, onStatus: (status: string) => void) {
  while (true) {
    onStatus(url);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
