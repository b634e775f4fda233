// The one instance is made on first use and kept: its constructor runs once per page,
// so what it sets up lives as long as the page by intent.
export class ThemeWatcher {
  private static instance: ThemeWatcher | undefined;

  static getInstance(): ThemeWatcher {
    if (!ThemeWatcher.instance) {
      ThemeWatcher.instance = new ThemeWatcher();
    }
    return ThemeWatcher.instance;
  }

  private constructor() {
    window.addEventListener('storage', this.onStorage);
  }

  private onStorage = (): void => {};
}

let shared: Connection | null = null;

class Connection {
  constructor() {
    document.addEventListener('visibilitychange', () => this.ping());
  }

  ping(): void {}
}

export function getConnection(): Connection {
  return shared ?? (shared = new Connection());
}

export class Settings {
  static get current(): Settings {
    return (this.instance ??= new Settings());
  }

  private static instance?: Settings;

  constructor() {
    window.addEventListener('resize', () => this.layout());
  }

  layout(): void {}
}
