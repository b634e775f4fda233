import { BrowserWindow, ipcMain } from 'electron';

// Called from OpenMainWindow(), which the app runs at every 'activate' (main.ts): one more
// listener each time a window is made, on the process's ipcMain (high, it piles up).
export function WireWindowIpc(win: BrowserWindow) {
  ipcMain.on('window-title', () => {
    console.log(win.getTitle());
  });
  return win;
}
