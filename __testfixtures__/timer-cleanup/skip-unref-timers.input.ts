export class Metrics {
  private flushTimer = setInterval(() => this.flush(), 10_000).unref();
  private sampleTimer: NodeJS.Timeout;

  constructor() {
    this.sampleTimer = setInterval(() => this.sample(), 1_000);
    this.sampleTimer.unref();
  }

  flush(): void {}
  sample(): void {}
  dispose(): void {}
}
