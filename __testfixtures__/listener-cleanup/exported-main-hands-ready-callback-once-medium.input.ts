import { app, ipcMain, nativeTheme } from 'electron';

// An Electron main module: main() is exported (for its tests) and run once at the module's top
// level; it hands onReady to app.whenReady().then(…), which runs it once. The setup functions
// onReady calls add their ipcMain handlers once: process lifetime by intent (medium, not high).
export async function onReady() {
  await app.whenReady();
  await setupPaletteHandler();
}

export async function setupPaletteHandler() {
  await app.whenReady();
  ipcMain.on('palette:dark', () => {
    nativeTheme.themeSource = 'dark';
  });
}

export function main() {
  app.whenReady().then(onReady).catch(console.error);
}

main();
