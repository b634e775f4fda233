export class Store {
  private readonly items: string[] = [];

  save(item: string): Promise<void> {
    this.items.push(item);
    return Promise.resolve();
  }

  size(): number {
    return this.items.length;
  }

  saveLater(item: string): Promise<void> | undefined {
    return item ? this.save(item) : undefined;
  }
}

export function createStore(): Store {
  return new Store();
}
