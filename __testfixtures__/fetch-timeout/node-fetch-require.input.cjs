'use strict';
const fetch = require('node-fetch');

module.exports.ping = async function ping(url) {
  const res = await fetch(url);
  return res.ok;
};
