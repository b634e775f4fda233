#!/usr/bin/env node
'use strict';
// The `unleak` command. The TypeScript sources are compiled to dist/ by `npm install`
// (the `prepare` script); this file only starts the compiled CLI.
const path = require('node:path');
const fs = require('node:fs');

// Grow the old generation by 20 % past what survived the last full collection instead of V8's
// own factor (up to 2x on a small heap). A run keeps little alive between files (each file's AST
// is dropped before the next), so the heap V8 would grow to is mostly garbage: on the bench
// corpus peak RSS 316 -> 200 MB for about 2 % more time (bench/README.md). A V8 flag of this
// process only (its worker threads included), never of a program that imports unleak's API.
// `node --heap-growing-percent=N …/bin/unleak.js` overrides it (0: V8's own factor; Node does not
// take V8 heap flags from NODE_OPTIONS).
if (!process.execArgv.some((flag) => flag.startsWith('--heap-growing-percent'))) {
  require('node:v8').setFlagsFromString('--heap-growing-percent=20');
}

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
