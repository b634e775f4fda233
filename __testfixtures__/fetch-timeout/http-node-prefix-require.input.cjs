const https = require('node:https');

function check(url, done) {
  https
    .get(url, (res) => done(null, res.statusCode))
    .on('error', done);
}

module.exports = { check };
