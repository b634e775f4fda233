export class Connection {
  #socket;

  constructor(socket) {
    this.#socket = socket;
  }

  scheduleReconnect() {
    setTimeout(() => this.reconnect(), 1000);
  }

  reconnect() {}

  close() {
    this.#socket.end();
  }
}
