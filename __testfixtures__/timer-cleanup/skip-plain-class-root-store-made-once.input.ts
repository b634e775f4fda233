// A root store made once at module level: its constructor runs once, while the module loads, so
// the interval lives as long as the process by intent (module-singleton.ts). Not a finding.
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
