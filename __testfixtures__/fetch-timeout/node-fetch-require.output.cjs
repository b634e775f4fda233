'use strict';
const fetch = require('node-fetch');

module.exports.ping = async function ping(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return res.ok;
};
