export class Backoff {
  private attempt = 0;

  async wait(): Promise<void> {
    this.attempt += 1;
    await new Promise((resolve) => setTimeout(resolve, 2 ** this.attempt * 100));
  }
}
