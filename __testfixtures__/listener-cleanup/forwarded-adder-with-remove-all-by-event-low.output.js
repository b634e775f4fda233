const { contextBridge, ipcRenderer } = require('electron');

const validChannels = ['appCommand', 'editorCommand'];

// A preload's API: receive wraps the page's callback, and removeListener drops every listener of
// the page's channel: whatever handler receive added goes with it, so the page's code pairs them (low).
const electronAPI = {
  receive: (channel, callback) => {
    if (validChannels.includes(channel)) {
      const newCallback = (_, data) => callback(data);
      ipcRenderer.on(channel, newCallback);
    }
  },
  removeListener: (channel) => {
    if (validChannels.includes(channel)) {
      ipcRenderer.removeAllListeners(channel);
    }
  },
};

contextBridge.exposeInMainWorld('electron', electronAPI);

// The real leak next to it: the sibling drops the listeners of a fixed channel, not the caller's (high).
contextBridge.exposeInMainWorld('updates', {
  onUpdate: (channel, callback) => {
    ipcRenderer.on(channel, (_, data) => callback(data));
  },
  reset: (channel) => {
    ipcRenderer.removeAllListeners('update-ready');
  },
});
