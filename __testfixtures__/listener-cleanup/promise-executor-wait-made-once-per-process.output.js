// A wait made once per process — a promise made at module top level, or in a function module top
// level calls once — adds its listener once: not a wait helper's listener added at every wait.
const { ipcMain } = require('electron');
const { EventEmitter } = require('events');
const server = new EventEmitter();

const rendererReady = new Promise((resolve) => {
  ipcMain.on('renderer-ready', resolve);
});

function setup() {
  return new Promise((resolve) => {
    server.on('connection', (socket) => {
      resolve(socket);
    });
  });
}

setup().then((socket) => socket.send('hello'));

// The real leak next to it: every call of the exported wait helper adds one more listener.
function waitFor(name) {
  return new Promise((resolve) => {
    server.on(name, resolve);
  });
}

module.exports = { rendererReady, waitFor };
