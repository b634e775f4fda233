// A handler made for one request listens to the request body only once it has checked that the
// body is a stream: the listener ends with that body (a stream lives for one transfer).
const util = require('./util');
const { Readable } = require('node:stream');

class StreamHandler {
  constructor({ body, onError }) {
    this.body = body;
    this.onError = onError;
    if (util.isStream(body)) {
      body.on('error', (err) => {
        this.onError(err);
      });
    }
  }

  fail(err) {
    const { body } = this;
    if (body && body instanceof Readable) {
      body.on('error', () => {});
      body.destroy(err);
    }
  }
}

function request(opts) {
  return new StreamHandler(opts);
}

module.exports = { StreamHandler, request };
