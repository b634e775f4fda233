import { BrowserWindow } from 'electron';
import { WireWindowIpc } from './window-ipc';

export function OpenMainWindow() {
  const win = new BrowserWindow({ width: 800 });
  return WireWindowIpc(win);
}
