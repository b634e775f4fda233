#!/usr/bin/env node
'use strict';
// The `unleak` command. The TypeScript sources are compiled to dist/ by `npm install`
// (the `prepare` script); this file only starts the compiled CLI.
const path = require('node:path');
const fs = require('node:fs');

const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('unleak: dist/ is missing; run `npm run build` (npm install does it for you).\n');
  process.exit(2);
}
const { main } = require(entry);
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`unleak: internal error: ${(error && error.stack) || error}\n`);
    process.exitCode = 2;
  },
);
