export class Lease implements Disposable {
  private renewTimer = setInterval(() => this.renew(), 30_000);

  renew(): void {}

  [Symbol.dispose](): void {
    this.renew = () => {};
  }
}
