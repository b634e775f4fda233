const axios = require('axios');

async function load(url) {
  const { data } = await axios.get(url, { signal: AbortSignal.timeout(10_000) });
  return data;
}

module.exports = { load };
