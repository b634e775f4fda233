interface Pending {
  items: string[];
  timer: ReturnType<typeof setTimeout> | null;
}

export class Batcher {
  private queues = new Map<string, Pending>();

  push(key: string, item: string): void {
    let entry = this.queues.get(key);
    if (!entry) {
      entry = { items: [], timer: null };
      this.queues.set(key, entry);
    }
    const current = entry;
    current.items.push(item);
    if (current.timer == null) {
      current.timer = setTimeout(() => this.flush(key), 50);
    }
  }

  private flush(key: string): void {
    this.drop(key);
  }

  private drop(key: string): void {
    const queued = this.queues.get(key);
    if (queued?.timer) clearTimeout(queued.timer);
    this.queues.delete(key);
  }

  destroy(): void {
    for (const key of this.queues.keys()) this.drop(key);
  }
}
