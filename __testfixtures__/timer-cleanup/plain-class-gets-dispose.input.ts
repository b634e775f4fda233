export class Cache<T> {
  private readonly entries = new Map<string, T>();

  constructor() {
    setInterval(() => this.entries.clear(), 60_000);
  }

  get(key: string): T | undefined {
    return this.entries.get(key);
  }
}
