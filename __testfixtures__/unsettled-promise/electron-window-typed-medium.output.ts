import { BrowserWindow } from 'electron';

// An Electron window has no 'error' event: 'closed' comes whenever it goes (report-only, medium).
export function waitForClose(win: BrowserWindow, close: () => void): Promise<void> {
  return new Promise<void>((resolve) => {
    win.on('closed', () => resolve());
    close();
  });
}

// The real leak next to it: an updater that fails emits 'error', never 'downloaded' (high).
export function downloaded(updater: { on(event: string, listener: () => void): void }): Promise<void> {
  return new Promise<void>((resolve) => {
    updater.on('downloaded', () => resolve());
  });
}
