/**
 * Resources created after the function returned, by work it started and did not await: a
 * `listen(port, host)` (Node creates the server's handle in a nextTick), an async function
 * that starts an interval several awaits later, a connect queued with
 * `process.nextTick`, a child process spawned in an fs callback, a watcher opened when an
 * `fs.promises` call resolves, a timer armed by an immediate, an interval made when a blocked
 * read finally completes. Each is reported with the function that made it; the same code
 * releasing what it made passes; what existed before the check, and what an ended check's
 * work creates later, is nobody's leak.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { findLeaks, LeakError, startLeakCheck, verifyNoLeaks, type LeakCheckOptions } from '../../src/runtime/testing/index';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-later-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FAST = { timeoutMs: 100 };
/** For clean code: it passes as soon as everything is closed, long before this. */
const PATIENT = { timeoutMs: 2000 };

async function leakErrorOf(fn: () => unknown, options: LeakCheckOptions = FAST): Promise<LeakError> {
  const error = await verifyNoLeaks(fn, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LeakError);
  return error as LeakError;
}

function kindsAndCreators(error: LeakError): string[] {
  return error.leaks.map((leak) => `${leak.kind} by ${leak.createdBy}`);
}

/** A local server; `hangUp` ends each connection it accepts. */
async function listeningServer(hangUp: boolean): Promise<number> {
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    if (hangUp) socket.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as net.AddressInfo).port;
}

describe('resources created later by work the function started', () => {
  it('a server whose listen(0, "127.0.0.1") was not awaited', async () => {
    function startServer() {
      const server = net.createServer().listen(0, '127.0.0.1');
      cleanups.push(() => server.close());
    }
    const error = await leakErrorOf(startServer);
    expect(kindsAndCreators(error)).toEqual(['tcp-server by startServer']);
    expect(error.message).toMatch(/TCP server listening on 127\.0\.0\.1:\d+ \[tcp-server, TCPSERVERWRAP\], created by startServer/);
    expect(error.leaks[0]!.stack).toMatch(/^\(created by Node in a process\.nextTick callback, scheduled here:\)\nat startServer \(/);
    // The queued tick is always let run: timeoutMs 0 (no waiting for closes) still sees the server.
    expect(kindsAndCreators(await leakErrorOf(startServer, { timeoutMs: 0 }))).toEqual(['tcp-server by startServer']);

    function startServerAndCloseWhenListening() {
      const server = net.createServer();
      server.listen(0, '127.0.0.1', () => server.close());
    }
    await expect(verifyNoLeaks(startServerAndCloseWhenListening, PATIENT)).resolves.toBeUndefined();
  });

  it('a server whose listen(0, "localhost") was not awaited (a DNS lookup first)', async () => {
    function startLocalServer() {
      const server = net.createServer().listen(0, 'localhost');
      cleanups.push(() => server.close());
    }
    expect(kindsAndCreators(await leakErrorOf(startLocalServer, { timeoutMs: 1000 }))).toEqual(['tcp-server by startLocalServer']);

    function startLocalServerAndClose() {
      const server = net.createServer();
      server.listen(0, 'localhost', () => server.close());
    }
    await expect(verifyNoLeaks(startLocalServerAndClose, PATIENT)).resolves.toBeUndefined();
  });

  it('a connection to a local server opened in a process.nextTick callback', async () => {
    const port = await listeningServer(false);
    function connectSoon() {
      process.nextTick(function openClient() {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', () => {});
        cleanups.push(() => socket.destroy());
      });
    }
    const error = await leakErrorOf(connectSoon);
    const client = error.leaks.find((leak) => leak.createdBy === 'openClient');
    expect(client?.kind).toBe('tcp-socket');
    expect(client?.description).toMatch(new RegExp(`^TCP socket 127\\.0\\.0\\.1:\\d+ -> 127\\.0\\.0\\.1:${port}$`));

    function connectSoonAndClose() {
      process.nextTick(() => {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('connect', () => socket.destroy());
      });
    }
    await expect(verifyNoLeaks(connectSoonAndClose, PATIENT)).resolves.toBeUndefined();
  });

  it('a child process spawned in the callback of an fs request', async () => {
    function spawnAfterStat() {
      fs.stat(__filename, function startHelper() {
        const child = spawn(process.execPath, ['-e', 'setTimeout(()=>{},1e5)']);
        cleanups.push(() => child.kill());
      });
    }
    const error = await leakErrorOf(spawnAfterStat);
    expect(kindsAndCreators(error)).toEqual(['child-process by startHelper']);
    expect(error.leaks[0]!.description).toMatch(/^child process pid \d+ \(.* -e setTimeout\(\(\)=>\{\},1e5\)\), still running with 3 open stdio pipes$/);

    function spawnAfterStatAndKill() {
      fs.stat(__filename, () => {
        spawn(process.execPath, ['-e', 'setTimeout(()=>{},1e5)']).kill();
      });
    }
    await expect(verifyNoLeaks(spawnAfterStatAndKill, PATIENT)).resolves.toBeUndefined();
  });

  it('an fs watcher opened when an fs.promises call resolves', async () => {
    function watchWhenReady() {
      void fs.promises.access(dir).then(function watchDir() {
        const watcher = fs.watch(dir);
        cleanups.push(() => watcher.close());
      });
    }
    expect(kindsAndCreators(await leakErrorOf(watchWhenReady))).toEqual(['fs-watcher by watchDir']);

    function watchWhenReadyAndClose() {
      void fs.promises.access(dir).then(() => fs.watch(dir).close());
    }
    await expect(verifyNoLeaks(watchWhenReadyAndClose, PATIENT)).resolves.toBeUndefined();
  });

  it('an interval started several awaits later by an async function nobody awaited', async () => {
    async function startPollingSoon() {
      for (let step = 0; step < 10; step++) await null;
      const handle = setInterval(() => {}, 1000);
      cleanups.push(() => clearInterval(handle));
    }
    function kickOff() {
      void startPollingSoon();
    }
    expect(kindsAndCreators(await leakErrorOf(kickOff))).toEqual(['interval by startPollingSoon']);

    async function pollOnceSoon() {
      for (let step = 0; step < 10; step++) await null;
      clearInterval(setInterval(() => {}, 1000));
    }
    await expect(verifyNoLeaks(() => void pollOnceSoon(), PATIENT)).resolves.toBeUndefined();
  });

  it('a setTimeout scheduled from a setImmediate', async () => {
    function armLater() {
      setImmediate(function armRetry() {
        const handle = setTimeout(() => {}, 100_000);
        cleanups.push(() => clearTimeout(handle));
      });
    }
    const error = await leakErrorOf(armLater);
    expect(error.leaks.map((leak) => leak.kind)).toEqual(['timeout']);
    // V8 names a callback after the object it is called on.
    expect(error.leaks[0]!.createdBy).toBe('Immediate.armRetry');
    expect(error.leaks[0]!.description).toBe('setTimeout of 100000 ms, not fired yet');

    function armLaterAndCancel() {
      setImmediate(() => clearTimeout(setTimeout(() => {}, 100_000)));
    }
    await expect(verifyNoLeaks(armLaterAndCancel, PATIENT)).resolves.toBeUndefined();
  });
});

/**
 * A read from a FIFO stays in flight until a writer opens the other end: a request whose
 * callback runs when the test says so. The writer is opened by a timer armed before the
 * check starts, so it belongs to no check.
 */
function makeFifo(name: string): string {
  const fifo = path.join(dir, name);
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

function openWriterAfter(fifo: string, ms: number): void {
  const timer = setTimeout(() => {
    fs.open(fifo, 'w', (error, fd) => {
      if (!error) fs.close(fd, () => {});
    });
  }, ms);
  cleanups.push(() => clearTimeout(timer));
}

describe.runIf(process.platform !== 'win32')('requests in flight (a FIFO read that completes later)', () => {
  it('waits for the request, then reports what its callback made', async () => {
    const fifo = makeFifo('report');
    openWriterAfter(fifo, 30);
    function pollWhenOpen() {
      fs.open(fifo, 'r', function startPolling(error, fd) {
        if (!error) fs.close(fd, () => {});
        const handle = setInterval(() => {}, 1000);
        cleanups.push(() => clearInterval(handle));
      });
    }
    const error = await leakErrorOf(pollWhenOpen, { timeoutMs: 100, settleMs: 5000 });
    expect(kindsAndCreators(error)).toEqual(['interval by startPolling']);

    const clean = makeFifo('clean');
    openWriterAfter(clean, 30);
    function readWhenOpen() {
      fs.open(clean, 'r', (error, fd) => {
        if (!error) fs.close(fd, () => {});
        clearInterval(setInterval(() => {}, 1000));
      });
    }
    const started = performance.now();
    await expect(verifyNoLeaks(readWhenOpen, { timeoutMs: 100, settleMs: 5000 })).resolves.toBeUndefined();
    // It ended when the request did, not at the end of settleMs.
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('gives up after settleMs; what the request makes later is blamed on no later check', async () => {
    const fifo = makeFifo('bounded');
    openWriterAfter(fifo, 500);
    let created = false;
    function pollWhenOpen() {
      fs.open(fifo, 'r', (error, fd) => {
        if (!error) fs.close(fd, () => {});
        const handle = setInterval(() => {}, 1000);
        created = true;
        cleanups.push(() => clearInterval(handle));
      });
    }
    const started = performance.now();
    expect(await findLeaks(pollWhenOpen, { timeoutMs: 100, settleMs: 20 })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(created).toBe(false);
    // The interval appears while the next check runs; it is the ended check's work, not this one's.
    const waitForIt = () => new Promise<void>((resolve) => {
      const check = () => (created ? resolve() : setTimeout(check, 5));
      check();
    });
    expect(await findLeaks(waitForIt, { timeoutMs: 100 })).toEqual([]);
    expect(created).toBe(true);
  });

  it('without an async scope (the jest path), the next check is not blamed either', async () => {
    const fifo = makeFifo('unscoped');
    openWriterAfter(fifo, 300);
    let created = false;
    const first = startLeakCheck({ scoped: false, timeoutMs: 100, settleMs: 20 });
    fs.readFile(fifo, function startPolling() {
      const handle = setInterval(() => {}, 1000);
      created = true;
      cleanups.push(() => clearInterval(handle));
    });
    expect(await first.finish()).toEqual([]);
    expect(created).toBe(false);
    const second = startLeakCheck({ scoped: false, timeoutMs: 100 });
    await new Promise<void>((resolve) => {
      const check = () => (created ? resolve() : setTimeout(check, 5));
      check();
    });
    expect(await second.finish()).toEqual([]);

    // The same work finishing within settleMs is the first check's.
    const again = makeFifo('unscoped-settled');
    openWriterAfter(again, 30);
    const settled = startLeakCheck({ scoped: false, timeoutMs: 100, settleMs: 5000 });
    fs.readFile(again, function startPolling() {
      const handle = setInterval(() => {}, 1000);
      cleanups.push(() => clearInterval(handle));
    });
    expect((await settled.finish()).map((leak) => `${leak.kind} by ${leak.createdBy}`)).toEqual(['interval by startPolling']);
  });
});

describe('what existed before the check is not reported', () => {
  it('an older server, connection target and interval stay out of the report', async () => {
    const port = await listeningServer(true);
    const older = setInterval(() => {}, 1000);
    cleanups.push(() => clearInterval(older));
    function useOlderServer() {
      process.nextTick(() => {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', () => {});
        socket.resume();
        socket.on('end', () => socket.destroy());
      });
    }
    await expect(verifyNoLeaks(useOlderServer, PATIENT)).resolves.toBeUndefined();
  });
});
