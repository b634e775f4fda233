export class Cache<T> {
  private readonly entries = new Map<string, T>();

  private intervalId?: ReturnType<typeof setInterval>;

  constructor() {
    this.intervalId = setInterval(() => this.entries.clear(), 60_000);
  }

  dispose() {
    clearInterval(this.intervalId);
  }

  get(key: string): T | undefined {
    return this.entries.get(key);
  }
}
