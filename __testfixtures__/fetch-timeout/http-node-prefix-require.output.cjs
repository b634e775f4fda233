const https = require('node:https');

function check(url, done) {
  https
    .get(url, { signal: AbortSignal.timeout(10_000) }, (res) => done(null, res.statusCode))
    .on('error', done);
}

module.exports = { check };
