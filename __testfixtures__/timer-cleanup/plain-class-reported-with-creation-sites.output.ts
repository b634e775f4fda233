export class Cache<T> {
  private readonly entries = new Map<string, T>();

  constructor() {
    setInterval(() => this.entries.clear(), 60_000);
  }

  get(key: string): T | undefined {
    return this.entries.get(key);
  }
}

export const sessionCache = new Cache<string>();

export function createRequestCache(): Cache<number> {
  return new Cache<number>();
}
