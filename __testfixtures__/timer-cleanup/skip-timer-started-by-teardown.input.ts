export class Server {
  close(): void {
    setTimeout(() => process.exit(1), 10_000);
  }

  [Symbol.dispose](): void {
    this.close();
  }
}
