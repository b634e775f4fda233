import { app, ipcMain, powerMonitor } from 'electron';

// Set-up of the main process: its one caller, BootDesktop(), is itself called once, from the
// app's ready handler (main.ts). No finding, although both names look like components'.
export async function RegisterIpcRoutes() {
  ipcMain.on('open-settings', () => {
    console.log('settings');
  });
  app.on('browser-window-blur', () => {
    console.log('blur');
  });
  await app.whenReady();
  powerMonitor.on('lock-screen', () => {
    console.log('locked');
  });
}
