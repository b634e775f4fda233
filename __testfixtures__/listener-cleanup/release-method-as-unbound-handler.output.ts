import { app } from 'electron';

// The release method itself is the handler, read off `this` unbound: when 'will-quit' runs it,
// `this` is `app`, so a removal written in destroy() would read `app.destroy`. No fix; medium
// (an emitter adds one more copy per add).
export class Tray {
  private tray: { destroy(): void } | null = null;

  constructor() {
    app.on('will-quit', this.destroy);
  }

  destroy() {
    if (this.tray) {
      this.tray.destroy();
      this.tray = null;
    }
  }
}

// A bound handler (an arrow field) keeps the instance: the removal goes into destroy().
export class BoundTray {
  private tray: { destroy(): void } | null = null;

  constructor() {
    app.on('will-quit', this.destroy);
  }

  destroy = () => {
    if (this.tray) {
      this.tray.destroy();
      this.tray = null;
    }
    app.off('will-quit', this.destroy);
  };
}
