/**
 * Clean code never trips the check: 100 runs of code that opens and properly releases a
 * timer, an interval, an immediate, a server with a client connection, an fs watcher and
 * (every tenth run) a child process.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { findLeaks } from '../../src/runtime/testing/index';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-clean-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function useAndReleaseEverything(run: number): Promise<void> {
  const interval = setInterval(() => {}, 5);
  await new Promise((resolve) => setTimeout(resolve, 1));
  clearInterval(interval);
  clearTimeout(setTimeout(() => {}, 10_000));
  await new Promise((resolve) => setImmediate(resolve));

  const server = net.createServer((socket) => socket.end());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  client.resume();
  await once(client, 'close');
  await new Promise((resolve) => server.close(resolve));

  const watcher = fs.watch(dir);
  watcher.close();

  if (run % 10 === 0) {
    const child = spawn(process.execPath, ['-e', '0']);
    await once(child, 'close');
  }
}

it('reports nothing across 100 runs of clean code', async () => {
  const falseAlarms: string[] = [];
  const started = performance.now();
  for (let run = 0; run < 100; run++) {
    const leaks = await findLeaks(() => useAndReleaseEverything(run));
    for (const leak of leaks) falseAlarms.push(`run ${run}: ${leak.description}\n${leak.stack}`);
  }
  expect(falseAlarms).toEqual([]);
  // Clean runs pass on the first look or after a short wait, never the full 500 ms each.
  expect(performance.now() - started).toBeLessThan(20_000);
});
