// Electron's app destructured from a const alias of the whole module is still the app: ready once,
// so what its 'ready' handler registers runs once.
const electron = require('electron');

const {
  app, // the application
  ipcMain: ipc,
  BrowserWindow,
} = electron;

app.on('ready', function () {
  ipc.on('session-create', () => {
    const win = new BrowserWindow({ show: false });
    win.loadURL('about:blank');
  });
});

// The real leak next to it: every new window adds one more handler that is never removed.
app.on('browser-window-created', () => {
  ipc.on('ping', (event) => {
    event.sender.send('pong');
  });
});
