// The poller is made by the class and kept only on it; `if (changed && this.poller)` only tests
// it. Its listeners go with the instance: no finding.
import { EventEmitter } from 'node:events';

export class Forecast {
  constructor(url) {
    this.url = url;
    this.poller = null;
  }

  begin() {
    this.poller = new EventEmitter();
    this.poller.on('data', (body, changed) => {
      if (changed && this.poller) this.poller.lastBody = body;
    });
  }

  stop() {
    if (this.poller) this.poller.removeAllListeners('tick');
  }
}

// Handed out by `return ready && this.feed`: others can keep it, so its listener is reported.
export class Ticker {
  constructor() {
    this.feed = null;
  }

  begin() {
    this.feed = new EventEmitter();
    this.feed.on('tick', () => console.log('tick'));
  }

  current(ready) {
    return ready && this.feed;
  }
}
