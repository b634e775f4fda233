// Measures what the leak check costs. Not a test: run `npm run build && node test/runtime/overhead.bench.mjs`.
// Each workload runs without the check, then inside an open check (startLeakCheck().run(...)),
// alternating, and the medians are compared. The numbers in docs/testing.md come from here.
import { createRequire } from 'node:module';
import net from 'node:net';
import { once } from 'node:events';

const require = createRequire(import.meta.url);
const loadStarted = performance.now();
const testing = require('../../dist/src/runtime/testing/index.js');
const loadMs = performance.now() - loadStarted;

const ROUNDS = Number(process.env.ROUNDS ?? 7);

const workloads = {
  'await 100k resolved promises': async () => {
    for (let i = 0; i < 100_000; i++) await Promise.resolve(i);
  },
  'setTimeout + clearTimeout, 20k': async () => {
    for (let i = 0; i < 20_000; i++) clearTimeout(setTimeout(() => {}, 1000));
  },
  'process.nextTick, 20k': async () => {
    for (let i = 0; i < 20_000; i++) await new Promise((resolve) => process.nextTick(resolve));
  },
  'TCP connect + close, 200': async () => {
    const server = net.createServer((socket) => socket.end());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address();
    for (let i = 0; i < 200; i++) {
      const socket = net.connect(port, '127.0.0.1');
      socket.resume();
      await once(socket, 'close');
    }
    await new Promise((resolve) => server.close(resolve));
  },
};

async function time(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

console.log(`node ${process.version}; loading unleak/testing: ${loadMs.toFixed(1)} ms (installs nothing)`);
for (const [name, workload] of Object.entries(workloads)) {
  await workload(); // warm-up
  const plain = [];
  const checked = [];
  for (let round = 0; round < ROUNDS; round++) {
    plain.push(await time(workload));
    const check = testing.startLeakCheck();
    checked.push(await time(() => check.run(workload)));
    await check.finish();
  }
  const a = median(plain);
  const b = median(checked);
  console.log(`${name.padEnd(32)} without ${a.toFixed(1).padStart(7)} ms   with check ${b.toFixed(1).padStart(7)} ms   ×${(b / a).toFixed(2)}`);
}

// The fixed cost of a clean check: start, run nothing, first look finds nothing.
const calls = 2000;
const started = performance.now();
for (let i = 0; i < calls; i++) await testing.verifyNoLeaks(() => {});
console.log(`verifyNoLeaks(() => {}) per call: ${(((performance.now() - started) / calls) * 1000).toFixed(0)} µs`);
