const { ipcRenderer } = require('electron');

// Electron's IPC has no 'error' event: the answer comes when the main process sends it, and
// whether it always does is in the main process's code (report-only, medium).
function getSettings(kind) {
  return new Promise((resolve) => {
    ipcRenderer.once('settings', (_event, settings) => resolve(settings));
    ipcRenderer.send('get-settings', kind);
  });
}

// The real leak next to it: a connection that fails emits 'error', never 'connect' (high).
function connected(connection) {
  return new Promise((resolve) => {
    connection.once('connect', () => resolve(connection));
  });
}

module.exports = { getSettings, connected };
