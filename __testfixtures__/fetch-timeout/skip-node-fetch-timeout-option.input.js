const fetch = require('node-fetch');

module.exports = (url) => fetch(url, { timeout: 5000 });
