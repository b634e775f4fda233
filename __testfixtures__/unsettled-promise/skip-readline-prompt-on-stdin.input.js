const readline = require('readline');

function askUntilDot(question) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  console.log(question);
  return new Promise((resolve) => {
    const lines = [];
    rl.on('line', (line) => {
      if (line === '.') {
        rl.close();
        resolve(lines.join('\n'));
      } else {
        lines.push(line);
      }
    });
  });
}

module.exports = { askUntilDot };
