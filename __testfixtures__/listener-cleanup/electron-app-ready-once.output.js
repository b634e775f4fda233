// Electron's app is ready once: what its 'ready' handler registers at module load runs once.
const { app, ipcMain, BrowserWindow } = require('electron');

let mainWindow;

app.on('ready', async () => {
  mainWindow = new BrowserWindow({ width: 800, height: 600 });
  ipcMain.on('renderer:window-minimize', () => {
    mainWindow.minimize();
  });
  ipcMain.on('renderer:window-close', () => {
    mainWindow.close();
  });
});

// The real leak next to it: every new window adds one more handler that is never removed.
app.on('browser-window-created', () => {
  ipcMain.on('renderer:ping', () => {
    mainWindow.webContents.send('pong');
  });
});
