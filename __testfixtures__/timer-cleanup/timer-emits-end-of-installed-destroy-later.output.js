const { Readable } = require('stream');

// The same installed destroy(), but its timer waits a second and flushes the store before the
// 'close': work of the owner that runs on after close(). Still a finding.
class Store {
  constructor() {
    this.items = new Map();
  }

  createStream() {
    const stream = new Readable({ objectMode: true });
    stream._read = () => stream.push(null);
    stream.destroy = () => {
      setTimeout(() => {
        this.flush();
        stream.emit('close');
      }, 1000);
      return stream;
    };
    return stream;
  }

  flush() {
    this.items.clear();
  }

  close() {
    this.items.clear();
  }
}

module.exports = Store;
