const { Readable } = require('stream');

// A store hands out a stream whose destroy() it writes itself: the 'close' of the teardown in
// progress is emitted on the next turn, as Node's streams do. Clearing that timer in close()
// would leave whoever waits for the stream's 'close' waiting for ever. No finding.
class Store {
  constructor() {
    this.items = new Map();
  }

  createStream() {
    const stream = new Readable({ objectMode: true });
    let destroyed = false;
    stream._read = () => stream.push(null);
    stream.destroy = () => {
      if (destroyed) return stream;
      destroyed = true;
      setTimeout(() => {
        stream.emit('close');
      }, 0);
      return stream;
    };
    return stream;
  }

  close() {
    this.items.clear();
  }
}

module.exports = Store;
