export class Renderer implements Disposable {
  start(): void {
    setInterval(() => this.tick(), 16);
    setTimeout(() => this.warmUp(), 100);
    requestAnimationFrame(() => this.draw());
    requestIdleCallback(() => this.collect());
  }

  tick(): void {}
  warmUp(): void {}
  draw(): void {}
  collect(): void {}

  [Symbol.dispose](): void {}
}
