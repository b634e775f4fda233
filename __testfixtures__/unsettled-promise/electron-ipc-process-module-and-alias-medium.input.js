const { ipcRenderer: ipc } = require('electron/main');
const { ipcRenderer } = require('electron/renderer');
const bus = ipcRenderer;

// `electron/main` and `electron/renderer` give the same IPC objects as `electron`, and a
// top-level alias of one is still Electron's IPC: no 'error' event (report-only, medium).
function getPassword() {
  return new Promise((resolve) => {
    ipc.once('password-response', (_event, value) => resolve(value));
    ipc.send('get-password');
  });
}

function fetchLog() {
  return new Promise((resolve) => {
    bus.once('fetched-log', (_event, text) => resolve(text));
    bus.send('fetch-log');
  });
}

// The real leak next to them: an alias of an emitter that is not Electron's IPC (high).
const { EventEmitter } = require('events');
const events = new EventEmitter();
const channel = events;
function ready() {
  return new Promise((resolve) => {
    channel.once('ready', resolve);
  });
}

module.exports = { getPassword, fetchLog, ready };
