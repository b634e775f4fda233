// The interval is cleared in static stop() through the instance the class keeps (`instance.heartbeatInterval`):
// released. Poller clears some other object's `timer`, not its own: still a finding.
export class TelemetryClient {
  private static instance: TelemetryClient | null = null;
  private heartbeatInterval: ReturnType<typeof setInterval> | null = null;

  public static start(): void {
    if (TelemetryClient.instance) return;
    const instance = new TelemetryClient();
    TelemetryClient.instance = instance;
    instance.initialize();
  }

  public static stop(): void {
    const instance = TelemetryClient.instance;
    if (!instance) return;
    if (instance.heartbeatInterval) clearInterval(instance.heartbeatInterval);
    TelemetryClient.instance = null;
  }

  private initialize(): void {
    this.heartbeatInterval = setInterval(() => console.log('beat'), 60_000);
  }
}

export class Poller {
  private timer: ReturnType<typeof setInterval> | null = null;
  start(other: { timer: ReturnType<typeof setInterval> }): void {
    this.timer = setInterval(() => console.log('poll'), 1000);
    clearInterval(other.timer);
  }
}
