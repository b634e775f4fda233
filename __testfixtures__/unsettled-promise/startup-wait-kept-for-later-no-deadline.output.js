// A wait made when the module loads and kept in a top-level const for code that awaits it later
// (when a link opens, maybe minutes later): a deadline would count from the load and reject with
// nothing awaiting it yet, so it gets no deadline fix (reported, with no fix).
const { ipcMain } = require('electron');
const { EventEmitter } = require('node:events');
const path = require('node:path');

const bus = new EventEmitter();

const rendererReady = new Promise((resolve) => {
  ipcMain.on('renderer-ready', resolve);
});

async function openLink(url) {
  await rendererReady;
  bus.emit('open', path.basename(url));
}

// The real leak next to it: the same wait made at every call still gets its deadline.
function waitForOpen() {
  return new Promise((resolve) => {
    bus.once('open', resolve);
  });
}

module.exports = { openLink, waitForOpen };
