// A root store made once at module level: a dispose() nothing calls would be noise.
class RootStore {
  items: string[] = [];

  constructor() {
    setInterval(() => this.save(), 30_000);
  }

  save(): void {
    localStorage.setItem('items', JSON.stringify(this.items));
  }
}

export const rootStore = new RootStore();
