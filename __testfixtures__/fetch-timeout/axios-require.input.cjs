const axios = require('axios');

async function load(url) {
  const { data } = await axios.get(url);
  return data;
}

module.exports = { load };
