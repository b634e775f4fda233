// A request nothing waits for, on a target without AbortSignal.timeout (no fix): `medium`. A
// private method whose every call in its class drops the result, and the result of an interval's
// callback written with a block body.
export class ViewTracker {
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly url: string) {}

  start(player: { on(event: string, listener: () => void): void }) {
    player.on('play', () => {
      this.notifyWatching(0);
    });
    this.timer = setInterval(() => {
      this.notifyWatching(1).catch((err) => console.warn('Cannot notify', err));
    }, 5000);
  }

  startMetrics(body: string) {
    setInterval(() => {
      const headers = { 'Content-Type': 'application/json' };
      return fetch(`${this.url}/metrics`, { method: 'POST', body, headers }).catch((err) => console.warn(err));
    }, 15000);
  }

  private notifyWatching(time: number) {
    return fetch(`${this.url}/views`, { method: 'POST', body: JSON.stringify({ time }) });
  }

  // Negative: one call waits for the answer (awaited), so the request is waited for: `high`
  async stop() {
    clearInterval(this.timer);
    await this.sendLast();
  }

  flush() {
    this.sendLast();
  }

  private sendLast() {
    return fetch(`${this.url}/views/last`, { method: 'POST' });
  }

  // Negative: a public method's callers may be anywhere: `high`
  ping() {
    return fetch(`${this.url}/ping`);
  }

  // Negative: a `.then` callback's result is read by the chain: `high`
  reload() {
    return fetch(`${this.url}/token`).then(() => {
      return fetch(`${this.url}/config`);
    });
  }
}
