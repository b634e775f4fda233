export class Renderer implements Disposable {
  private intervalId?: ReturnType<typeof setInterval>;
  private timeoutId?: ReturnType<typeof setTimeout>;
  private frameId?: number;
  private idleCallbackId?: number;

  start(): void {
    this.intervalId = setInterval(() => this.tick(), 16);
    this.timeoutId = setTimeout(() => this.warmUp(), 100);
    this.frameId = requestAnimationFrame(() => this.draw());
    this.idleCallbackId = requestIdleCallback(() => this.collect());
  }

  tick(): void {}
  warmUp(): void {}
  draw(): void {}
  collect(): void {}

  [Symbol.dispose](): void {
    clearInterval(this.intervalId);
    clearTimeout(this.timeoutId);
    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);
    if (this.idleCallbackId !== undefined) cancelIdleCallback(this.idleCallbackId);
  }
}
