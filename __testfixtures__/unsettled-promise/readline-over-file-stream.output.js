const fs = require('fs');
const readline = require('readline');

function firstMarkedLine(path) {
  const rl = readline.createInterface({ input: fs.createReadStream(path) });
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      if (line.startsWith('#')) {
        rl.close();
        resolve(line);
      }
    });
  });
}

module.exports = { firstMarkedLine };
