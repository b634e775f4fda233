/**
 * The ignore options, each shown to drop exactly what it names and nothing else.
 */
import { once } from 'node:events';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks } from '../../src/runtime/testing/index';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const FAST = { timeoutMs: 50 };

class MetricsReporter {
  start() {
    const handle = setInterval(() => {}, 1000);
    cleanups.push(() => clearInterval(handle));
  }
}

function startPolling() {
  const handle = setInterval(() => {}, 1000);
  cleanups.push(() => clearInterval(handle));
}

function bootstrap() {
  new MetricsReporter().start();
  startPolling();
}

function openServer() {
  const server = net.createServer().listen(0, '127.0.0.1');
  cleanups.push(() => server.close());
  return once(server, 'listening');
}

async function leakThree() {
  bootstrap();
  await openServer();
}

function creators(leaks: { createdBy: string | undefined }[]): (string | undefined)[] {
  return leaks.map((leak) => leak.createdBy).sort();
}

describe('ignore options', () => {
  it('reports everything without options', async () => {
    expect(creators(await findLeaks(leakThree, FAST))).toEqual(['MetricsReporter.start', 'openServer', 'startPolling']);
  });

  it('ignoreTypes takes kinds and async_hooks types', async () => {
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreTypes: ['interval'] }))).toEqual(['openServer']);
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreTypes: ['TCPSERVERWRAP'] }))).toEqual(['MetricsReporter.start', 'startPolling']);
  });

  it('ignoreTopFunction matches only the function that created the resource', async () => {
    // By method name, by qualified name, by a pattern on the frame text.
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreTopFunction: 'start' }))).toEqual(['openServer', 'startPolling']);
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreTopFunction: ['MetricsReporter.start', 'startPolling'] }))).toEqual(['openServer']);
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreTopFunction: /^startPoll/ }))).toEqual(['MetricsReporter.start', 'openServer']);
    // `bootstrap` is on the stack of both intervals, but is not their creator.
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreTopFunction: 'bootstrap' }))).toHaveLength(3);
  });

  it('ignoreCreatedBy matches a function anywhere in the creation stack', async () => {
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreCreatedBy: 'bootstrap' }))).toEqual(['openServer']);
    expect(creators(await findLeaks(leakThree, { ...FAST, ignoreCreatedBy: /ignore-options\.test\.ts/ }))).toEqual([]);
  });

  it('ignore is a predicate on the leak', async () => {
    const leaks = await findLeaks(leakThree, { ...FAST, ignore: (leak) => leak.kind === 'tcp-server' || leak.createdBy === 'startPolling' });
    expect(creators(leaks)).toEqual(['MetricsReporter.start']);
  });

  it('ignoreCurrent (default) leaves out what was open before; false reports it too', async () => {
    await openServer();
    const before = net.createServer().listen(0, '127.0.0.1');
    await once(before, 'listening');
    cleanups.push(() => before.close());
    expect(await findLeaks(() => {}, FAST)).toEqual([]);
    const strict = await findLeaks(() => {}, { ...FAST, ignoreCurrent: false });
    expect(strict.filter((leak) => leak.owner === before)).toHaveLength(1);
    expect(strict.find((leak) => leak.owner === before)!.stack).toBe('(created before the check started: no creation stack)');
  });

  it("unref'd resources are left out unless includeUnref", async () => {
    function startBackgroundSweep() {
      const handle = setInterval(() => {}, 1000).unref();
      cleanups.push(() => clearInterval(handle));
    }
    expect(await findLeaks(startBackgroundSweep, FAST)).toEqual([]);
    const leaks = await findLeaks(startBackgroundSweep, { ...FAST, includeUnref: true });
    expect(leaks.map((leak) => [leak.createdBy, leak.refed, leak.description])).toEqual([
      ['startBackgroundSweep', false, "setInterval every 1000 ms (unref'd)"],
    ]);
  });

  it('rejects a bad option value', async () => {
    await expect(findLeaks(() => {}, { timeoutMs: -1 })).rejects.toThrow('unleak: option timeoutMs must be a number >= 0, got -1');
    await expect(findLeaks(() => {}, { settleMs: Number.NaN })).rejects.toThrow('unleak: option settleMs must be a number >= 0, got NaN');
  });
});
