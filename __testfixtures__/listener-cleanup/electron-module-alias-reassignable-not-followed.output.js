// A `let` alias of the module can be reassigned before the destructuring runs, so `app` is not
// followed to electron: its 'ready' handler is not known to run once, and the listener it adds
// is still reported.
let electron = require('electron');
const { app, ipcMain } = electron;

app.on('ready', () => {
  ipcMain.on('session-create', (event) => {
    event.sender.send('created');
  });
});
