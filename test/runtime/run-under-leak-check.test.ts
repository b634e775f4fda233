/**
 * The proof helper for rule suites: a fixture's input leaks, its output does not, each shown
 * by running the real code under the leak check.
 */
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUnderLeakCheck, type FixtureModule } from '../helpers/run-under-leak-check';

const FIXTURES = path.join(__dirname, '__testfixtures__');

describe('runUnderLeakCheck', () => {
  it('timer-cleanup shape: the input keeps its interval after dispose(), the output clears it', async () => {
    const scenario = (fixture: FixtureModule) => {
      const poller = new (fixture.Poller as new () => { start(onTick: () => void): void; dispose(): void })();
      poller.start(() => {});
      poller.dispose();
    };
    const input = await runUnderLeakCheck(path.join(FIXTURES, 'poller.input.ts'), scenario);
    expect(input.leaks.map((leak) => [leak.kind, leak.createdBy])).toEqual([['interval', 'Poller.start']]);
    expect(input.leaks[0]!.stack).toMatch(/^at Poller\.start \(.*poller\.input\.ts:\d+:\d+\)/);

    const output = await runUnderLeakCheck(path.join(FIXTURES, 'poller.output.ts'), scenario);
    expect(output.leaks).toEqual([]);
  });

  describe('a socket and its timer', () => {
    let server: net.Server;
    beforeAll(async () => {
      server = net.createServer((socket) => socket.on('error', () => {}).resume());
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const scenario = async (fixture: FixtureModule) => {
      const heartbeat = (fixture.startHeartbeat as (port: number) => { stop(): void })((server.address() as net.AddressInfo).port);
      await new Promise((resolve) => setTimeout(resolve, 20));
      heartbeat.stop();
    };

    it('the input leaks both; the output releases both', async () => {
      const input = await runUnderLeakCheck(path.join(FIXTURES, 'heartbeat.input.ts'), scenario);
      const created = input.leaks.filter((leak) => leak.createdBy === 'startHeartbeat').map((leak) => leak.kind).sort();
      expect(created).toEqual(['interval', 'tcp-socket']);

      const output = await runUnderLeakCheck(path.join(FIXTURES, 'heartbeat.output.ts'), scenario);
      expect(output.leaks).toEqual([]);
    });
  });

  it('returns what the scenario returned', async () => {
    const run = await runUnderLeakCheck(path.join(FIXTURES, 'poller.output.ts'), (fixture) => Object.keys(fixture));
    expect(run.result).toEqual(['Poller']);
  });
});
