// Negative: `create()` makes a new instance at every call (no guard keeps the first one), and
// `open()` guards another place than the one it assigns: each instance adds one more listener.
export class ThemeWatcher {
  private static latest: ThemeWatcher | undefined;

  static create(): ThemeWatcher {
    ThemeWatcher.latest = new ThemeWatcher();
    return ThemeWatcher.latest;
  }

  constructor() {
    window.addEventListener('storage', this.onStorage);
  }

  private onStorage = (): void => {};
}

let opened = false;
let panel: Panel | null = null;

class Panel {
  constructor() {
    window.addEventListener('keydown', () => this.focus());
  }

  focus(): void {}
}

export function open(): Panel {
  if (!opened) panel = new Panel();
  return panel!;
}
