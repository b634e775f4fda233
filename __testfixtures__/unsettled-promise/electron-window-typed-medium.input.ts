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

// A <webview>'s 'did-attach' comes once the element is in a document: no failure twin (medium).
export async function attach(pane: HTMLElement): Promise<HTMLElement> {
  const view = pane.querySelector('webview') as HTMLElement;
  await new Promise<void>((resolve) => {
    view.addEventListener('did-attach', () => resolve(), { capture: true });
  });
  return view;
}

// Its page's 'did-finish-load' does not come when the page fails ('did-fail-load'): high.
export async function loaded(view: HTMLElement): Promise<void> {
  await new Promise<void>((resolve) => {
    view.addEventListener('did-finish-load', () => resolve(), { capture: true });
  });
}
