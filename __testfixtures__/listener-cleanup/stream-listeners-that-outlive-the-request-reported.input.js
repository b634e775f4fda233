// Streams that outlive the code listening to them: the process's own streams, a stream shared
// by the whole module, and an error listener on a module's object that is not shown to be a stream.
const fs = require('node:fs');
const { pool } = require('./pool');

const log = fs.createWriteStream('app.log');

class Prompt {
  constructor(name) {
    this.name = name;
  }

  ask() {
    process.stdin.on('data', (chunk) => this.answer(chunk));
  }

  write(line) {
    if (!log.write(line)) log.on('drain', () => this.resume());
  }

  watch() {
    pool.on('error', (error) => this.answer(error));
  }

  answer(value) {
    console.log(value);
  }

  resume() {}
}

module.exports = Prompt;
