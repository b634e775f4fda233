export class Connection {
  #socket;
  #timeoutId;

  constructor(socket) {
    this.#socket = socket;
  }

  scheduleReconnect() {
    this.#timeoutId = setTimeout(() => this.reconnect(), 1000);
  }

  reconnect() {}

  close() {
    this.#socket.end();
    clearTimeout(this.#timeoutId);
  }
}
