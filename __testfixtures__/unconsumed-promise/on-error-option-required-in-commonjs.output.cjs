const { readFile } = require('fs/promises');
const { reportError } = require('@acme/report');

async function sync() {}

function start() {
  void sync().catch((error) => reportError(error));
  void sync().catch((error) => reportError(error));
}

module.exports = { start, readFile };
