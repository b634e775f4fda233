/**
 * monitorActiveResources on real timers and servers: counts by type, a warning on a synthetic
 * climb (with the creation site), none on a steady load, a spike warning, stopping on the
 * signal, and proof with verifyNoLeaks that the monitor leaks nothing itself.
 */
import { once } from 'node:events';
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { monitorActiveResources, type MonitorLogger } from '../../src/runtime/monitor/index';
import { findLeaks, verifyNoLeaks } from '../../src/runtime/testing/index';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

/** A pino-shaped logger that keeps what it gets. */
function createRecordingLogger(): MonitorLogger & { calls: { details: object; message: string }[] } {
  const calls: { details: object; message: string }[] = [];
  return { calls, warn: (details, message) => void calls.push({ details, message }) };
}

/** Never fires during a test: the tests take samples by hand. */
const MANUAL = { intervalMs: 3_600_000 };

function openIntervals(count: number): () => void {
  const handles = Array.from({ length: count }, () => setInterval(() => {}, 60_000));
  return () => handles.forEach((handle) => clearInterval(handle));
}

/** Deterministic noise for the steady-load test. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('monitorActiveResources', () => {
  it('counts active resources by type for onSample', async () => {
    const samples: { total: number; counts: Readonly<Record<string, number>> }[] = [];
    const monitor = monitorActiveResources({ ...MANUAL, onSample: (sample) => samples.push(sample), logger: false });
    cleanups.push(() => monitor.stop());
    const before = monitor.sample();
    const closeIntervals = openIntervals(3);
    cleanups.push(closeIntervals);
    const server = net.createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    cleanups.push(() => server.close());
    const after = monitor.sample();
    expect((after.counts.Timeout ?? 0) - (before.counts.Timeout ?? 0)).toBe(3);
    expect((after.counts.TCPServerWrap ?? 0) - (before.counts.TCPServerWrap ?? 0)).toBe(1);
    expect(after.total - before.total).toBe(4);
    expect(samples).toEqual([before, after]);
    expect(monitor.latest).toBe(after);
  });

  it('warns on a steady climb, naming where the growing resources are created', () => {
    const logger = createRecordingLogger();
    const warnings: string[] = [];
    const monitor = monitorActiveResources({
      ...MANUAL,
      windowSize: 10,
      climb: { minIncrease: 5 },
      spike: false,
      logger,
      onWarning: (warning) => warnings.push(`${warning.reason} ${warning.type}`),
      recordStacks: true,
    });
    cleanups.push(() => monitor.stop());
    const leaked: NodeJS.Timeout[] = [];
    cleanups.push(() => leaked.forEach((handle) => clearInterval(handle)));
    function handleRequest() {
      // The leak: one interval per request, never cleared.
      leaked.push(setInterval(() => {}, 60_000));
    }
    for (let sample = 0; sample < 12; sample++) {
      handleRequest();
      monitor.sample();
    }
    expect(warnings).toEqual(['climb Timeout']);
    const [call] = logger.calls;
    expect(call!.message).toMatch(/^unleak: Timeout count climbed steadily from \d+ to \d+ over the last 10 samples \(3600000 ms apart\)\. The live ones were created at:\n {4}\d+ × handleRequest \(.*monitor\.test\.ts:\d+:\d+\)$/);
    expect(call!.details).toMatchObject({ unleak: { reason: 'climb', type: 'Timeout', samples: 10 } });
  });

  it('stays quiet on a steady load that goes up and down', async () => {
    const logger = createRecordingLogger();
    const monitor = monitorActiveResources({ ...MANUAL, windowSize: 10, climb: { minIncrease: 5 }, logger });
    cleanups.push(() => monitor.stop());
    const server = net.createServer((socket) => socket.on('error', () => {})).listen(0, '127.0.0.1');
    await once(server, 'listening');
    cleanups.push(() => server.close());
    const port = (server.address() as net.AddressInfo).port;
    const random = createRandom(42);
    for (let sample = 0; sample < 40; sample++) {
      // 15-25 timers and 2-5 connections in flight, released before the next round.
      const closeIntervals = openIntervals(15 + Math.floor(random() * 11));
      const sockets = Array.from({ length: 2 + Math.floor(random() * 4) }, () => net.connect(port, '127.0.0.1'));
      await Promise.all(sockets.map((socket) => once(socket, 'connect')));
      monitor.sample();
      closeIntervals();
      await Promise.all(sockets.map((socket) => (socket.destroy(), once(socket, 'close'))));
    }
    expect(logger.calls).toEqual([]);
  });

  it('warns on a sudden spike', () => {
    const logger = createRecordingLogger();
    const monitor = monitorActiveResources({ ...MANUAL, windowSize: 10, logger });
    cleanups.push(() => monitor.stop());
    const closeBase = openIntervals(5);
    cleanups.push(closeBase);
    for (let sample = 0; sample < 5; sample++) monitor.sample();
    expect(logger.calls).toEqual([]);
    const closeBurst = openIntervals(50);
    cleanups.push(closeBurst);
    monitor.sample();
    expect(logger.calls.map((call) => call.message)).toEqual([expect.stringMatching(/^unleak: Timeout count spiked to \d+ \(recent level \d+\)\.$/)]);
    // One warning per window, not one per sample.
    monitor.sample();
    expect(logger.calls).toHaveLength(1);
  });

  it('samples on its timer and stops when the signal aborts', async () => {
    const controller = new AbortController();
    let samples = 0;
    const monitor = monitorActiveResources({ signal: controller.signal, intervalMs: 5, onSample: () => samples++, logger: false });
    await vi.waitFor(() => expect(samples).toBeGreaterThanOrEqual(3), { timeout: 2000, interval: 5 });
    controller.abort();
    expect(monitor.stopped).toBe(true);
    const stoppedAt = samples;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(samples).toBe(stoppedAt);
  });

  it('does not start with a signal that is already aborted', async () => {
    let samples = 0;
    const monitor = monitorActiveResources({ signal: AbortSignal.abort(), intervalMs: 1, onSample: () => samples++ });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(monitor.stopped).toBe(true);
    expect(samples).toBe(0);
  });

  it('leaks nothing itself (checked with verifyNoLeaks, unref included)', async () => {
    async function monitorForAWhile() {
      const controller = new AbortController();
      monitorActiveResources({ signal: controller.signal, intervalMs: 2, recordStacks: true, logger: false, windowSize: 3 });
      await new Promise((resolve) => setTimeout(resolve, 30));
      controller.abort();
    }
    await verifyNoLeaks(monitorForAWhile, { includeUnref: true, timeoutMs: 100 });

    // The same check does see a monitor that is never stopped.
    let forgotten: { stop(): void } | undefined;
    function monitorAndForget() {
      forgotten = monitorActiveResources({ intervalMs: 1000, logger: false });
    }
    const leaks = await findLeaks(monitorAndForget, { includeUnref: true, timeoutMs: 50 });
    forgotten!.stop();
    expect(leaks.map((leak) => [leak.kind, leak.refed, leak.createdBy])).toEqual([['interval', false, 'monitorAndForget']]);
  });

  it("logs to console by default and survives an onSample that throws", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const monitor = monitorActiveResources({
      ...MANUAL,
      onSample: () => {
        throw new Error('gauge is gone');
      },
    });
    cleanups.push(() => monitor.stop());
    expect(() => monitor.sample()).not.toThrow();
    expect(warn).toHaveBeenCalledWith('unleak: monitor onSample threw: gauge is gone');
  });

  it('survives a logger that throws', () => {
    const monitor = monitorActiveResources({
      ...MANUAL,
      windowSize: 3,
      logger: {
        warn() {
          throw new Error('log sink is down');
        },
      },
      onSample: () => {
        throw new Error('gauge is gone');
      },
    });
    cleanups.push(() => monitor.stop());
    const close = openIntervals(1);
    cleanups.push(close);
    for (let sample = 0; sample < 3; sample++) monitor.sample();
    const closeBurst = openIntervals(30);
    cleanups.push(closeBurst);
    expect(() => monitor.sample()).not.toThrow();
  });

  it('rejects a bad option value', () => {
    expect(() => monitorActiveResources({ intervalMs: 0 })).toThrow('unleak: monitor option intervalMs must be a positive number, got 0');
  });
});
