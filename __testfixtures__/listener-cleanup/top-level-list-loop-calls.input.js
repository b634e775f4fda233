// Called only from loops over lists at module top level: each call watches its own file for the
// life of the process, as the same code written in that loop would.
import fs from 'node:fs';
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();

function followFile(file) {
  const watcher = fs.watch(file, () => bus.emit('changed', file));
  watcher.on('error', (error) => console.error(file, error));
}

function announce(name) {
  process.stdin.on('data', () => console.log(name));
}

for (const file of ['a.txt', 'b.txt']) {
  followFile(file);
}

for (const name in { first: 1, second: 2 }) announce(name);

// Still a finding: a call on every 'changed' event adds another listener, for ever.
function logChanges(tag) {
  process.stdout.on('drain', () => console.log(tag));
}

bus.on('changed', (file) => {
  for (const tag of [file, 'any']) logChanges(tag);
});
