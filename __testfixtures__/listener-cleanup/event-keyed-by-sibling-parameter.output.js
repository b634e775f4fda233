// The listeners are keyed by the session id, and the cleanup beside the setup removes every
// listener of those events for the same id.
const sessions = new Map();

const openSession = (sessionId, terminal) => {
  if (window.ipcRenderer && !sessions.has(sessionId)) {
    const onData = (data) => terminal.write(data);
    window.ipcRenderer.on(`terminal:data:${sessionId}`, onData);
    sessions.set(sessionId, onData);
  }
};

const closeSession = (sessionId) => {
  window.ipcRenderer.removeAllListeners(`terminal:data:${sessionId}`);
  sessions.delete(sessionId);
};

// The real leak next to it: the cleanup removes another event.
const watchSession = (sessionId, terminal) => {
  window.ipcRenderer.on(`terminal:exit:${sessionId}`, () => terminal.write('exited'));
};

const unwatchSession = (sessionId) => {
  window.ipcRenderer.removeAllListeners(`terminal:resize:${sessionId}`);
};

export { openSession, closeSession, watchSession, unwatchSession };
