// Not a finding: close() closes the socket through `const { ws } = this`.
export class Connection {
  constructor(url) {
    this.url = url;
    this.ws = null;
  }

  start() {
    this.ws = new WebSocket(this.url);
    this.ws.onmessage = (event) => this.onMessage(event.data);
  }

  onMessage(data) {
    console.log(data);
  }

  close() {
    const { ws } = this;
    if (ws !== null) ws.close();
    this.ws = null;
  }
}

// Still a finding: stop() takes `ws` off `this` but only logs it; the socket stays open.
export class Feed {
  constructor(url) {
    this.url = url;
    this.ws = null;
  }

  start() {
    this.ws = new WebSocket(this.url);
    this.ws.onmessage = (event) => console.log(event.data);
  }

  close() {
    const { ws } = this;
    console.log('closing', ws);
  }
}
