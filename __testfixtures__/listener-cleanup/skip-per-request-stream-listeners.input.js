// Streams handled per request: a response body, a decompressor, a per-request Readable, a
// cache write stream. Each one ends, finishes or errors, and its listeners go with it.
const { Readable } = require('node:stream');
const zlib = require('node:zlib');

class RequestBody extends Readable {
  _read() {}
}

class RequestHandler {
  constructor(opts) {
    this.store = opts.store;
    this.req = new RequestBody().on('error', noop);
  }

  onHeaders(statusCode, body) {
    body
      .on('data', (chunk) => this.onChunk(chunk))
      .on('error', (error) => this.onError(error))
      .on('close', () => this.onClose());
  }

  onResponse(key, encoding) {
    const decompressor = zlib.createGunzip();
    decompressor.on('error', (error) => this.onError(error));
    this.writeStream = this.store.createWriteStream(key);
    this.writeStream.on('error', () => {
      this.writeStream = undefined;
    });
    return encoding === 'gzip' ? decompressor : null;
  }

  onChunk(chunk) {
    console.log(chunk);
  }

  onError(error) {
    console.error(error);
  }

  onClose() {}
}

function noop() {}

module.exports = RequestHandler;
