export class Connection {
  #socket;

  constructor(socket) {
    this.#socket = socket;
  }

  #timeoutId;

  scheduleReconnect() {
    this.#timeoutId = setTimeout(() => this.reconnect(), 1000);
  }

  reconnect() {}

  close() {
    this.#socket.end();
    clearTimeout(this.#timeoutId);
  }
}
