// Electron's app reached as a member of the module (`electron.app`), or through a top-level const
// alias of that member (`const main = electron.app`), is still the app: ready once, so what its
// 'ready' handler registers, also through a promise reaction and a function called once from
// there, runs once.
const electron = require('electron');
const { EventEmitter } = require('events');

const main = electron.app;
const locale = new EventEmitter();

function loadLocale() {
  return readLocale().then(() => {
    locale.on('changed', () => {
      rebuildMenu();
    });
  });
}

main.on('ready', () => {
  settingsLoaded.then(() => {
    loadLocale();
  });
});

electron.app.on('ready', () => {
  electron.ipcMain.on('session-create', (event) => {
    event.sender.send('created');
  });
});

// The real leak next to it: every activation adds one more handler that is never removed.
main.on('activate', () => {
  electron.ipcMain.on('ping', (event) => {
    event.sender.send('pong');
  });
});
