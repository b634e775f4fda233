'use strict';

// A cache with a disposal method: a stream kept in a local const of a method and read to its
// end ends with that one transfer, so its listeners are not a finding (no release method could
// reach the local anyway). The subscriber connection the class keeps in a field is still one:
// its 'message' listener is removed in close().
class KeyCache {
  constructor(client) {
    this.client = client;
    this.subscriber = client.duplicate();
  }

  init() {
    this.subscriber.on('message', (channel, message) => this.onMessage(channel, message));
  }

  keys(pattern) {
    return new Promise((resolve, reject) => {
      const found = [];
      const stream = this.client.scanStream({ match: pattern, count: 100 });
      stream.on('data', (keys = []) => found.push(...keys));
      stream.on('error', (err) => reject(err));
      stream.on('end', () => resolve(found));
    });
  }

  onMessage(channel, message) {
    this.last = { channel, message };
  }

  close() {
    return this.client.quit();
  }
}

module.exports = KeyCache;
