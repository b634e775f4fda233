export class Client {
  constructor(url) {
    this.url = url;
  }

  send(message) {
    return fetch(this.url, { method: 'POST', body: message, signal: AbortSignal.timeout(10000) });
  }

  close() {
    this.url = null;
  }
}
