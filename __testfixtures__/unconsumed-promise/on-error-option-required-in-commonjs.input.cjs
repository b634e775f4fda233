const { readFile } = require('fs/promises');

async function sync() {}

function start() {
  sync();
  sync();
}

module.exports = { start, readFile };
