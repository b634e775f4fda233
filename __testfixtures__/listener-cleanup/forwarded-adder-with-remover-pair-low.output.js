const { contextBridge, ipcRenderer } = require('electron');

// A preload's API: ipcOnEvent only forwards the page's event and handler, and ipcOffEvent
// removes them the same way: the page's code pairs them (low).
contextBridge.exposeInMainWorld('bridge', {
  ipcOnEvent: (event, cb) => {
    ipcRenderer.on(event, cb);
  },
  ipcOffEvent: (event, cb) => {
    ipcRenderer.removeListener(event, cb);
  },
});

// The real leak next to it: an adder with no remover beside it (high).
contextBridge.exposeInMainWorld('events', {
  onEvent: (event, cb) => {
    ipcRenderer.on(event, cb);
  },
  send: (event, data) => {
    ipcRenderer.send(event, data);
  },
});
