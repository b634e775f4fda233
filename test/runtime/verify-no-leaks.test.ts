/**
 * verifyNoLeaks on real resources: each kind is caught with the function that created it,
 * and the same code with its release passes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks, LeakError, verifyNoLeaks, type LeakedResource } from '../../src/runtime/testing/index';

/** Whatever a test opened, closed after it whatever the outcome. */
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const FAST = { timeoutMs: 100 };

async function listeningServer(): Promise<net.Server> {
  const server = net.createServer((socket) => socket.on('error', () => {}));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return server;
}

function portOf(server: net.Server | http.Server): number {
  return (server.address() as net.AddressInfo).port;
}

function only(leaks: LeakedResource[], kind: string): LeakedResource {
  const matching = leaks.filter((leak) => leak.kind === kind);
  expect(matching, `one ${kind} among ${leaks.map((leak) => leak.kind).join(', ')}`).toHaveLength(1);
  return matching[0]!;
}

describe('verifyNoLeaks catches each kind of resource with its creator', () => {
  it('an interval never cleared', async () => {
    function startPolling() {
      const handle = setInterval(() => {}, 50);
      cleanups.push(() => clearInterval(handle));
    }
    const leaks = await findLeaks(startPolling, FAST);
    const leak = only(leaks, 'interval');
    expect(leak.createdBy).toBe('startPolling');
    expect(leak.type).toBe('Timeout');
    expect(leak.description).toBe('setInterval every 50 ms');
    expect(leak.stack.split('\n')[0]).toMatch(/^at startPolling \(.*verify-no-leaks\.test\.ts:\d+:\d+\)$/);

    function startAndStopPolling() {
      clearInterval(setInterval(() => {}, 50));
    }
    expect(await findLeaks(startAndStopPolling, FAST)).toEqual([]);
  });

  it('a server never closed', async () => {
    async function startServer() {
      const server = net.createServer().listen(0, '127.0.0.1');
      cleanups.push(() => server.close());
      await once(server, 'listening');
    }
    const leak = only(await findLeaks(startServer, FAST), 'tcp-server');
    expect(leak.createdBy).toBe('startServer');
    expect(leak.description).toMatch(/^TCP server listening on 127\.0\.0\.1:\d+$/);
    // listen(port, host) creates the handle in a nextTick after looking the host up.
    expect(leak.stack).toMatch(/^\(created by Node in a process\.nextTick callback, scheduled here:\)\nat startServer \(/);

    async function startAndStopServer() {
      const server = net.createServer().listen(0, '127.0.0.1');
      await once(server, 'listening');
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await findLeaks(startAndStopServer, FAST)).toEqual([]);
  });

  it('a server closed right before the check is not reported, however short timeoutMs is', async () => {
    // close() returns with the handle still closing, until the close phase of the loop; a
    // busy machine can make the first turns outlast timeoutMs just the same.
    async function startAndCloseServer() {
      const server = net.createServer().listen(0, '127.0.0.1');
      await once(server, 'listening');
      server.close();
    }
    expect(await findLeaks(startAndCloseServer, { timeoutMs: 0 })).toEqual([]);
    async function startServer() {
      const server = net.createServer().listen(0, '127.0.0.1');
      cleanups.push(() => server.close());
      await once(server, 'listening');
    }
    expect((await findLeaks(startServer, { timeoutMs: 0 })).map((leak) => leak.kind)).toEqual(['tcp-server']);
  });

  it('a client socket never closed (and the connection it holds open on the server)', async () => {
    const port = portOf(await listeningServer());
    async function openConnection() {
      const socket = net.connect(port, '127.0.0.1');
      cleanups.push(() => socket.destroy());
      await once(socket, 'connect');
    }
    const leaks = await findLeaks(openConnection, FAST);
    const client = leaks.find((leak) => leak.createdBy === 'openConnection')!;
    expect(client.kind).toBe('tcp-socket');
    expect(client.description).toMatch(new RegExp(`^TCP socket 127\\.0\\.0\\.1:\\d+ -> 127\\.0\\.0\\.1:${port}$`));
    const accepted = leaks.find((leak) => leak !== client)!;
    expect(accepted.description).toMatch(/^TCP connection accepted by a server/);
    expect(accepted.stack).toBe('(created by Node for a connection a server accepted: no user code on the creation stack)');
    expect(leaks).toHaveLength(2);

    async function openAndCloseConnection() {
      const socket = net.connect(port, '127.0.0.1');
      await once(socket, 'connect');
      socket.end();
      await once(socket, 'close');
    }
    expect(await findLeaks(openAndCloseConnection, FAST)).toEqual([]);
  });

  it('an fs watcher never closed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-watch-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    function watchConfig() {
      const watcher = fs.watch(dir);
      cleanups.push(() => watcher.close());
    }
    const leak = only(await findLeaks(watchConfig, FAST), 'fs-watcher');
    expect(leak.createdBy).toBe('watchConfig');

    expect(await findLeaks(() => fs.watch(dir).close(), FAST)).toEqual([]);
  });

  it('a child process never stopped, reported once with its stdio pipes', async () => {
    function spawnHelper(): ChildProcess {
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
      cleanups.push(() => child.kill());
      return child;
    }
    const leaks = await findLeaks(spawnHelper, FAST);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]!.kind).toBe('child-process');
    expect(leaks[0]!.createdBy).toBe('spawnHelper');
    expect(leaks[0]!.description).toMatch(/^child process pid \d+ \(.* -e setInterval\(\(\) => \{\}, 1000\)\), still running with 3 open stdio pipes$/);

    async function spawnAndWait() {
      const child = spawn(process.execPath, ['-e', '0']);
      await once(child, 'close');
    }
    expect(await findLeaks(spawnAndWait, FAST)).toEqual([]);
  });

  it('a child process killed but not yet exited is waited for, not reported', async () => {
    expect(await findLeaks(() => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']).kill(), { timeoutMs: 2000 })).toEqual([]);
  });

  it('a UDP socket, a listening MessagePort, a worker, a zlib stream and a file handle', async () => {
    function bindUdp() {
      const socket = dgram.createSocket('udp4');
      socket.bind(0, '127.0.0.1');
      cleanups.push(() => socket.close());
    }
    function listenOnPort() {
      const channel = new MessageChannel();
      channel.port1.on('message', () => {});
      cleanups.push(() => channel.port1.close());
    }
    function startWorker() {
      const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
      cleanups.push(() => worker.terminate());
    }
    function compress() {
      const gzip = zlib.createGzip();
      cleanups.push(() => gzip.close());
    }
    async function openFile() {
      const handle = await fs.promises.open(__filename);
      cleanups.push(() => handle.close());
    }
    const leaks = await findLeaks(async () => {
      bindUdp();
      listenOnPort();
      startWorker();
      compress();
      await openFile();
    }, FAST);
    expect(only(leaks, 'udp-socket').createdBy).toBe('bindUdp');
    expect(only(leaks, 'message-port').createdBy).toBe('listenOnPort');
    expect(only(leaks, 'worker').createdBy).toBe('startWorker');
    expect(only(leaks, 'zlib').createdBy).toBe('compress');
    // Node creates the FileHandle after the open completes, with no caller on the stack.
    expect(only(leaks, 'file-handle').description).toContain('verify-no-leaks.test.ts');
    expect(leaks).toHaveLength(5);
  });

  it('the same resources released are not reported', async () => {
    expect(
      await findLeaks(async () => {
        const socket = dgram.createSocket('udp4');
        socket.bind(0, '127.0.0.1');
        await once(socket, 'listening');
        await new Promise<void>((resolve) => socket.close(() => resolve()));
        const channel = new MessageChannel();
        channel.port1.on('message', () => {});
        channel.port1.close();
        const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
        await worker.terminate();
        const gzip = zlib.createGzip();
        gzip.end('text');
        gzip.resume();
        await once(gzip, 'close');
        const handle = await fs.promises.open(__filename);
        await handle.close();
      }, FAST),
    ).toEqual([]);
  });

  it('an HTTP keep-alive socket left in an agent (reported although the agent unrefs it)', async () => {
    const server = http.createServer((_request, response) => response.end('ok'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const agent = new http.Agent({ keepAlive: true });
    cleanups.push(() => agent.destroy(), () => server.close());
    async function getOnce() {
      await new Promise<void>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: portOf(server), agent }, (response) => response.resume().on('end', resolve)).on('error', reject);
      });
    }
    const leaks = await findLeaks(getOnce, FAST);
    const agentSocket = only(leaks, 'http-agent-socket');
    expect(agentSocket.refed).toBe(false);
    expect(agentSocket.createdBy).toBe('getOnce');
    expect(await findLeaks(getOnce, { ...FAST, ignoreTypes: ['http-agent-socket', 'tcp-socket'] })).toEqual([]);
  });

  it('a chain of immediates that never ends', async () => {
    let running = true;
    cleanups.push(() => (running = false));
    function spin() {
      const next = () => {
        if (running) setImmediate(next);
      };
      setImmediate(next);
    }
    const leak = only(await findLeaks(spin, FAST), 'immediate');
    expect(leak.stack).toContain('verify-no-leaks.test.ts');
  });

  it('a timeout still pending when the wait is over; one that fires during the wait is fine', async () => {
    function scheduleRetry() {
      const handle = setTimeout(() => {}, 60_000);
      cleanups.push(() => clearTimeout(handle));
    }
    const leak = only(await findLeaks(scheduleRetry, FAST), 'timeout');
    expect(leak.description).toBe('setTimeout of 60000 ms, not fired yet');
    expect(await findLeaks(() => void setTimeout(() => {}, 20), { timeoutMs: 1000 })).toEqual([]);
  });

  it('a DNS lookup that completes while waiting is not a leak', async () => {
    const { lookup } = await import('node:dns');
    expect(await findLeaks(() => lookup('localhost', () => {}), { timeoutMs: 2000 })).toEqual([]);
  });
});

describe('verifyNoLeaks', () => {
  it('resolves to the result of a sync or async function', async () => {
    expect(await verifyNoLeaks(() => 42)).toBe(42);
    expect(await verifyNoLeaks(async () => 'done')).toBe('done');
  });

  it('rejects with a LeakError that lists each leak with its stack', async () => {
    function startHeartbeat() {
      const handle = setInterval(() => {}, 1000);
      cleanups.push(() => clearInterval(handle));
    }
    const error = await verifyNoLeaks(startHeartbeat, FAST).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(LeakError);
    const leakError = error as LeakError;
    expect(leakError.leaks.map((leak) => leak.createdBy)).toEqual(['startHeartbeat']);
    const message = leakError.message.replace(/\(\/[^)]*\/verify-no-leaks\.test\.ts:\d+:\d+\)/g, '(FILE)').replace(/^( {7}at .*\n?)+$/m, (frames) => frames.split('\n')[0]!);
    expect(message).toBe(
      [
        'unleak: 1 resource created during verifyNoLeaks() is still alive after waiting 100 ms.',
        'Release them in the code under test, or ignore known long-lived ones (ignoreTypes, ignoreTopFunction, ignoreCreatedBy, ignore).',
        '',
        '  1. setInterval every 1000 ms [interval, Timeout], created by startHeartbeat; release: clearInterval(handle)',
        '       at startHeartbeat (FILE)',
      ].join('\n'),
    );
    // The error's own stack points at the call in this test, not at the runtime.
    expect(leakError.stack).toMatch(/verify-no-leaks\.test\.ts/);
    expect(leakError.stack).not.toMatch(/src[\\/]runtime[\\/]testing/);
  });

  it("rethrows the function's own error unchanged", async () => {
    const failure = new Error('boom');
    await expect(
      verifyNoLeaks(() => {
        const handle = setInterval(() => {}, 1000);
        cleanups.push(() => clearInterval(handle));
        throw failure;
      }, FAST),
    ).rejects.toBe(failure);
  });

  it('attributes resources created after an await and in callbacks', async () => {
    async function connectLater() {
      await new Promise((resolve) => setTimeout(resolve, 5));
      setTimeout(() => {
        const handle = setInterval(() => {}, 1000);
        cleanups.push(() => clearInterval(handle));
      }, 1);
    }
    const leaks = await findLeaks(connectLater, FAST);
    expect(only(leaks, 'interval').stack).toContain('verify-no-leaks.test.ts');
  });

  it('keeps concurrent checks apart: only the leaking one fails', async () => {
    const leaky = findLeaks(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const handle = setInterval(() => {}, 1000);
      cleanups.push(() => clearInterval(handle));
    }, FAST);
    const clean = findLeaks(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
    }, FAST);
    const [leakyLeaks, cleanLeaks] = await Promise.all([leaky, clean]);
    expect(leakyLeaks.map((leak) => leak.kind)).toEqual(['interval']);
    expect(cleanLeaks).toEqual([]);
  });

  it('sees what a nested check sees', async () => {
    let inner: LeakedResource[] = [];
    const outer = await findLeaks(async () => {
      inner = await findLeaks(() => {
        const handle = setInterval(() => {}, 1000);
        cleanups.push(() => clearInterval(handle));
      }, FAST);
    }, FAST);
    expect(inner.map((leak) => leak.kind)).toEqual(['interval']);
    expect(outer.map((leak) => leak.kind)).toEqual(['interval']);
  });

  it('does not blame a later check for what an earlier leak keeps creating', async () => {
    let ticking = true;
    cleanups.push(() => (ticking = false));
    function startLeakyTicker() {
      const tick = () => {
        if (ticking) setTimeout(tick, 2);
      };
      setTimeout(tick, 2);
      const handle = setInterval(() => setTimeout(() => {}, 1000).unref(), 2);
      cleanups.push(() => clearInterval(handle));
    }
    expect((await findLeaks(startLeakyTicker, FAST)).length).toBeGreaterThan(0);
    expect(await findLeaks(() => new Promise((resolve) => setTimeout(resolve, 20)), { ...FAST, includeUnref: true })).toEqual([]);
  });
});
