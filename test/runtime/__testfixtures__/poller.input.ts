// A timer-cleanup case: the interval is started by a disposable class that never stops it.
export class Poller {
  private timer: ReturnType<typeof setInterval> | undefined;

  start(onTick: () => void): void {
    this.timer = setInterval(onTick, 1000);
  }

  dispose(): void {}
}
