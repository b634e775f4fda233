export class Metrics {
  private flushTimer = setInterval(() => this.flush(), 10_000).unref();

  flush(): void {}

  dispose(): void {}
}

setInterval(() => console.log('still alive'), 60_000);
