// `app` of another module is not Electron's app: its 'ready' may come again, so what its handler
// registers is still reported; and a `let` alias of `electron.app` is not followed either.
const electron = require('electron');
const server = require('./server');

let main = electron.app;

server.app.on('ready', () => {
  electron.ipcMain.on('session-create', (event) => {
    event.sender.send('created');
  });
});

main.on('ready', () => {
  electron.ipcMain.on('session-close', (event) => {
    event.sender.send('closed');
  });
});
