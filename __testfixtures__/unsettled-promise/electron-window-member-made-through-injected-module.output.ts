import type { BrowserWindow } from 'electron';

export class OauthWindow {
  win: BrowserWindow | null = null;
  other: { on(event: string, f: () => void): void } | null = null;

  constructor(private readonly electron: typeof import('electron')) {}

  // The member is declared an Electron window and the executor makes it: 'closed' comes whenever it goes.
  open(url: string): Promise<string | null> {
    return new Promise((resolve) => {
      this.win = new this.electron.BrowserWindow({ width: 600 });
      this.win.on('closed', () => {
        this.win = null;
        resolve(null);
      });
      this.win.loadURL(url);
    });
  }

  // A member of no window type: its 'closed' may never come.
  watch(): Promise<void> {
    return new Promise((resolve) => {
      this.other = new Emitter();
      this.other.on('closed', () => resolve());
    });
  }
}

class Emitter {
  on(event: string, f: () => void) {}
}
