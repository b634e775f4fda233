// Not a finding: close() clears the reconnect timer through `const { retryTimeout } = this`.
export class Connection {
  constructor(url) {
    this.url = url;
    this.ws = null;
    this.retryTimeout = null;
  }

  start() {
    this.ws = new WebSocket(this.url);
    this.ws.onclose = () => {
      this.retryTimeout = setTimeout(() => this.start(), 5000);
    };
  }

  close() {
    const { ws, retryTimeout } = this;
    if (ws !== null) ws.close();
    if (retryTimeout !== null) clearTimeout(retryTimeout);
    this.retryTimeout = null;
  }
}

// Still a finding: close() takes `retryTimeout` off `this` but only logs it; the timer still fires.
export class Poller {
  constructor(url) {
    this.url = url;
    this.retryTimeout = null;
  }

  start() {
    fetch(this.url, { signal: AbortSignal.timeout(5000) }).catch(() => {
      this.retryTimeout = setTimeout(() => this.start(), 5000);
    });
  }

  close() {
    const { retryTimeout } = this;
    console.log('closing', retryTimeout);
  }
}
