// The class answers the app's "disconnect" event (a database connection closing) with its
// disconnect(): an action it takes each time the event comes, not its own end. A removal there
// would stop every event after the first disconnect, so no fix puts one there.
export default class AppEvents {
  constructor(app) {
    this.app = app;
  }

  register() {
    window.bridge.on('settings-changed', this.settingsChanged.bind(this));
    window.bridge.on('disconnect', this.disconnect.bind(this));
  }

  settingsChanged() {
    this.app.reload();
  }

  disconnect() {
    this.app.store.dispatch('disconnect');
  }
}

// The channel closes when its own socket closes: that close() is its end, and the listener
// it keeps on the window is removed there.
export class Channel {
  constructor(socket) {
    this.socket = socket;
    this.socket.on('close', this.close.bind(this));
    window.addEventListener('online', this.reconnect);
  }

  reconnect = () => {
    this.socket.connect();
  };

  close() {
    this.socket.destroy();
  }
}
