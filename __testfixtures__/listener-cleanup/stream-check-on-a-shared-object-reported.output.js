// Next to skip-listener-on-request-body-checked-as-stream: a stream check does not make these
// per request — a module-level stream, and a body listened to outside the checked branch.
const fs = require('node:fs');
const util = require('./util');

const log = fs.createWriteStream('app.log');

class Handler {
  constructor({ body, source }) {
    this.body = body;
    if (util.isStream(log)) {
      log.on('error', (err) => this.fail(err));
    }
    if (util.isStream(source)) {
      this.source = source;
    }
    body.on('error', (err) => this.fail(err));
  }

  fail(err) {
    console.error(err);
  }
}

function request(opts) {
  return new Handler(opts);
}

module.exports = { Handler, request };
