export class MetricsReporter {
  private readonly samples: number[] = [];
  private intervalId?: ReturnType<typeof setInterval>;

  constructor(private readonly flush: (samples: number[]) => void) {
    this.intervalId = setInterval(() => this.flush(this.samples.splice(0)), 10_000);
  }

  record(value: number): void {
    this.samples.push(value);
  }

  dispose(): void {
    this.flush(this.samples.splice(0));
    clearInterval(this.intervalId);
  }
}
