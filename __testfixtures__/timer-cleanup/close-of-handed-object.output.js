// `close(win) { win.close(); }` closes the window it is handed (an API of window actions, one
// method per action), not the instance: it is no place to cancel another method's timers. A
// `close(reason)` that passes its argument on to what the instance holds is its end, and keeps
// the fix.
export class WindowActions {
  constructor(windows) {
    this.windows = windows;
  }

  moveTab(source, target, tabId) {
    this.windows.addTab(target, tabId);
    setTimeout(() => this.windows.removeTab(source, tabId), 100);
  }

  close(win) {
    win.close();
  }
}

export class Channel {
  #timeoutId;

  constructor(socket) {
    this.socket = socket;
  }

  ping() {
    this.#timeoutId = setTimeout(() => this.socket.send('ping'), 1000);
  }

  close(reason) {
    this.socket.close(1000, reason);
    clearTimeout(this.#timeoutId);
  }
}
