/**
 * Behavioural proof for unsettled-promise: each input family is run with an event that never
 * comes (or an 'error' instead), and stays pending with its listener still registered or its
 * timer still alive; the fixed output settles (rejects with the error, the abort reason or the
 * deadline) and leaves no listener and no timer behind.
 *
 * The fixtures are loaded as CommonJS modules (types erased); emitters and DOM targets are
 * stand-ins that count their listeners, except in the last family, which waits on a real child
 * process, a real worker thread and a real TCP socket.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as nodeTimers from 'node:timers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixtureModule, runUnderLeakCheck } from '../helpers/run-under-leak-check';
import { errorName, outcomeAfter } from '../helpers/promise-outcome';
import { CountingTarget } from '../helpers/counting-target';

const FIXTURES = path.resolve(__dirname, '../../__testfixtures__/unsettled-promise');
const fixture = (name: string) => path.join(FIXTURES, name);




afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { Image?: unknown }).Image;
});

describe('unsettled-promise at run time: Node emitters', () => {
  const run = async (kind: 'input' | 'output', act: (emitter: EventEmitter, controller: AbortController) => void) => {
    const { whenListening } = loadFixtureModule(fixture(`node-returned-wait-with-options-signal.${kind}.ts`)) as {
      whenListening(server: EventEmitter, options: { signal?: AbortSignal }): Promise<void>;
    };
    const server = new EventEmitter();
    const controller = new AbortController();
    const waiting = whenListening(server, { signal: controller.signal });
    act(server, controller);
    return { outcome: await outcomeAfter(waiting, 30), listeners: server.listenerCount('listening') + server.listenerCount('error') };
  };

  it('the input ignores an abort: it stays pending with its listener on the emitter', async () => {
    const { outcome, listeners } = await run('input', (_, controller) => controller.abort());
    expect(outcome.state).toBe('pending');
    expect(listeners).toBe(1);
  });

  it("the input has no 'error' path: the emit throws and the wait stays pending", async () => {
    const { outcome, listeners } = await run('input', (server) => expect(() => server.emit('error', new Error('bind failed'))).toThrow('bind failed'));
    expect(outcome.state).toBe('pending');
    expect(listeners).toBe(1);
  });

  it('the output rejects on abort and removes its listeners', async () => {
    const { outcome, listeners } = await run('output', (_, controller) => controller.abort());
    expect(errorName(outcome)).toBe('AbortError');
    expect(listeners).toBe(0);
  });

  it("the output rejects with the emitter's 'error' and removes its listeners", async () => {
    const { outcome, listeners } = await run('output', (server) => server.emit('error', new Error('bind failed')));
    expect(outcome.state === 'rejected' && (outcome.error as Error).message).toBe('bind failed');
    expect(listeners).toBe(0);
  });

  it('the output still resolves when the event comes', async () => {
    const { outcome, listeners } = await run('output', (server) => server.emit('listening'));
    expect(outcome).toEqual({ state: 'resolved', value: undefined });
    expect(listeners).toBe(0);
  });

  it('register-then-start: the input ignores an abort; the output (wait started before the flush) rejects and removes its listeners', async () => {
    const flush = async (kind: 'input' | 'output', drainsAtOnce: boolean) => {
      const { flushAndWait } = loadFixtureModule(fixture(`node-flush-then-wait.${kind}.ts`)) as { flushAndWait(queue: EventEmitter, signal: AbortSignal): Promise<void> };
      const controller = new AbortController();
      const queue = new EventEmitter();
      let flushed = 0;
      Object.assign(queue, { flush: () => { flushed++; if (drainsAtOnce) queue.emit('drained'); } });
      const waiting = flushAndWait(queue, controller.signal);
      controller.abort();
      const outcome = await outcomeAfter(waiting, 30);
      return { outcome, flushed, listeners: queue.listenerCount('drained') + queue.listenerCount('error') };
    };
    expect(await flush('input', false)).toEqual({ outcome: { state: 'pending' }, flushed: 1, listeners: 1 });
    expect(await flush('output', false)).toMatchObject({ outcome: { state: 'rejected' }, flushed: 1, listeners: 0 });
    expect(errorName((await flush('output', false)).outcome)).toBe('AbortError');
    // A flush that emits 'drained' synchronously is still seen: the wait starts before the flush.
    expect(await flush('output', true)).toEqual({ outcome: { state: 'resolved', value: undefined }, flushed: 1, listeners: 0 });
  });

  it('with no signal in scope, the suggested deadline rejects the wait and leaves nothing behind', async () => {
    const wait = async (kind: 'input' | 'output') => {
      const { waitForDrain } = loadFixtureModule(fixture(`node-wait-short-deadline.${kind}.ts`)) as { waitForDrain(queue: EventEmitter): Promise<void> };
      const queue = new EventEmitter();
      const outcome = await outcomeAfter(waitForDrain(queue), 300);
      return { outcome, listeners: queue.listenerCount('drain') + queue.listenerCount('error') };
    };
    expect(await wait('input')).toEqual({ outcome: { state: 'pending' }, listeners: 1 });
    const output = await wait('output');
    expect(errorName(output.outcome)).toBe('AbortError');
    expect(output.listeners).toBe(0);
  });
});

describe('unsettled-promise at run time: callback wrappers and swallowing catch', () => {
  const missing = path.join(os.tmpdir(), `unleak-missing-${process.pid}`, 'config.json');

  it('readFile with `if (!err) resolve(text)`: the input hangs on a read error, the output rejects with it', async () => {
    const read = (kind: string) => (loadFixtureModule(fixture(`callback-if-not-error.${kind}.ts`)) as { readConfig(file: string): Promise<string> }).readConfig(missing);
    expect(await outcomeAfter(read('input'), 100)).toEqual({ state: 'pending' });
    const output = await outcomeAfter(read('output'), 100);
    expect(output.state === 'rejected' && (output.error as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('stat with `if (error) { log; return; }`: the input hangs, the output rejects', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const stat = (kind: string) => (loadFixtureModule(fixture(`callback-error-logged-and-returned.${kind}.ts`)) as { statOrWait(file: string): Promise<fs.Stats> }).statOrWait(missing);
    expect(await outcomeAfter(stat('input'), 100)).toEqual({ state: 'pending' });
    const output = await outcomeAfter(stat('output'), 100);
    expect(output.state === 'rejected' && (output.error as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('a catch that only logs: the input hangs on bad JSON, the output rejects with the SyntaxError', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const parse = (kind: string) => (loadFixtureModule(fixture(`swallowing-try.${kind}.ts`)) as { parseLater(text: string): Promise<unknown> }).parseLater('{');
    expect(await outcomeAfter(parse('input'), 20)).toEqual({ state: 'pending' });
    expect(errorName(await outcomeAfter(parse('output'), 20))).toBe('SyntaxError');
    const { parseLater } = loadFixtureModule(fixture('swallowing-try.output.ts')) as { parseLater(text: string): Promise<unknown> };
    expect(await outcomeAfter(parseLater('[1]'), 20)).toEqual({ state: 'resolved', value: [1] });
  });
});

describe('unsettled-promise at run time: sleeps', () => {
  it('Node: the input sleeps on after an abort (its timer alive); the output rejects at once and leaves no timer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-sleep-'));
    const file = path.join(dir, 'empty.txt');
    fs.writeFileSync(file, '');
    const scenario = async (module: Record<string, unknown>) => {
      const controller = new AbortController();
      const polling = (module.pollFile as (path: string, signal: AbortSignal) => Promise<string>)(file, controller.signal);
      await new Promise((resolve) => nodeTimers.setTimeout(resolve, 50));
      controller.abort();
      return outcomeAfter(polling, 50);
    };
    const input = await runUnderLeakCheck(fixture('sleep-node-with-signal.input.ts'), scenario, { timeoutMs: 50 });
    expect(input.result).toEqual({ state: 'pending' });
    expect(input.leaks.map((leak) => leak.kind)).toContain('timeout');
    const output = await runUnderLeakCheck(fixture('sleep-node-with-signal.output.ts'), scenario, { timeoutMs: 50 });
    expect(errorName(output.result)).toBe('AbortError');
    expect(output.leaks).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('browser: the input waits out its back-off after an abort; the output rejects with the reason and leaves no timer', async () => {
    const scenario = async (module: Record<string, unknown>) => {
      const controller = new AbortController();
      const retry = module.retry as (work: () => Promise<never>, options: { signal?: AbortSignal }) => Promise<unknown>;
      const running = retry(() => Promise.reject(new Error('flaky')), { signal: controller.signal });
      await new Promise((resolve) => nodeTimers.setTimeout(resolve, 20));
      controller.abort(new Error('stopped'));
      return outcomeAfter(running, 50);
    };
    const input = await runUnderLeakCheck(fixture('sleep-browser-optional-signal.input.ts'), scenario, { timeoutMs: 50 });
    expect(input.result).toEqual({ state: 'pending' });
    expect(input.leaks.map((leak) => leak.kind)).toContain('timeout');
    const output = await runUnderLeakCheck(fixture('sleep-browser-optional-signal.output.ts'), scenario, { timeoutMs: 50 });
    expect(output.result.state === 'rejected' && (output.result.error as Error).message).toBe('stopped');
    expect(output.leaks).toEqual([]);
  });
});

describe('unsettled-promise at run time: DOM targets', () => {
  const load = (kind: 'input' | 'output', act: (image: CountingTarget, controller: AbortController) => void) => {
    (globalThis as { Image?: unknown }).Image = CountingTarget;
    const { loadImage } = loadFixtureModule(fixture(`dom-image-load-with-signal.${kind}.ts`)) as { loadImage(url: string, signal: AbortSignal): Promise<unknown> };
    const controller = new AbortController();
    const spy = vi.spyOn(CountingTarget.prototype, 'addEventListener');
    const loading = loadImage('/missing.png', controller.signal);
    const image = spy.mock.contexts[0] as CountingTarget;
    act(image, controller);
    return outcomeAfter(loading, 30).then((outcome) => ({ outcome, listeners: image.listeners }));
  };

  it("the input stays pending when the image fires 'error', its listener still on the image", async () => {
    expect(await load('input', (image) => image.dispatchEvent(new Event('error')))).toEqual({ outcome: { state: 'pending' }, listeners: 1 });
  });

  it("the output rejects on 'error' and removes every listener", async () => {
    const { outcome, listeners } = await load('output', (image) => image.dispatchEvent(new Event('error')));
    expect(outcome.state === 'rejected' && (outcome.error as Error).message).toBe('error before load');
    expect(listeners).toBe(0);
  });

  it('the output rejects on abort with the reason and removes every listener', async () => {
    const { outcome, listeners } = await load('output', (_, controller) => controller.abort(new Error('navigated away')));
    expect(outcome.state === 'rejected' && (outcome.error as Error).message).toBe('navigated away');
    expect(listeners).toBe(0);
  });

  it('the output still resolves on load, and removes every listener', async () => {
    const { outcome, listeners } = await load('output', (image) => image.dispatchEvent(new Event('load')));
    expect(outcome.state).toBe('resolved');
    expect(listeners).toBe(0);
  });

  it('with no signal in scope, the suggested deadline rejects the wait and removes every listener', async () => {
    const wait = async (kind: 'input' | 'output') => {
      const { whenDecoded } = loadFixtureModule(fixture(`dom-image-short-deadline.${kind}.ts`)) as { whenDecoded(image: CountingTarget): Promise<unknown> };
      const image = new CountingTarget();
      const outcome = await outcomeAfter(whenDecoded(image), 300);
      return { outcome, listeners: image.listeners };
    };
    expect(await wait('input')).toEqual({ outcome: { state: 'pending' }, listeners: 1 });
    const output = await wait('output');
    expect(errorName(output.outcome)).toBe('TimeoutError');
    expect(output.listeners).toBe(0);
  });
});

describe('unsettled-promise at run time: DOM handler properties', () => {
  /** A stand-in image whose handler properties are fired by hand, as a browser fires `onload` / `onerror`. */
  class PropertyImage {
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    src = '';
  }

  const load = async (kind: 'input' | 'output', fire: 'load' | 'error') => {
    const { loadImage } = loadFixtureModule(fixture(`dom-handler-property-load.${kind}.ts`)) as { loadImage(url: string): Promise<unknown> };
    const images: PropertyImage[] = [];
    (globalThis as { Image?: unknown }).Image = class extends PropertyImage {
      constructor() {
        super();
        images.push(this);
      }
    };
    const loading = loadImage('/missing.png');
    const image = images[0]!;
    const handler = fire === 'load' ? image.onload : image.onerror;
    handler?.();
    return outcomeAfter(loading, 30);
  };

  it("the input stays pending when the image fails: it has no 'onerror'", async () => {
    expect(await load('input', 'error')).toEqual({ state: 'pending' });
  });

  it("the output rejects when the image fails, and still resolves with the image on load", async () => {
    const failed = await load('output', 'error');
    expect(failed.state === 'rejected' && (failed.error as Error).message).toBe('error before load');
    const loaded = await load('output', 'load');
    expect(loaded.state).toBe('resolved');
  });
});

describe('unsettled-promise at run time: a real child process, worker thread and socket', () => {
  type Waits = {
    waitForExit(command: string, args: string[], signal: AbortSignal): Promise<unknown>;
    firstMessage(script: string, signal: AbortSignal): Promise<unknown>;
    firstData(socket: import('node:net').Socket, signal: AbortSignal): Promise<unknown>;
  };
  const waits = (kind: 'input' | 'output') => loadFixtureModule(fixture(`node-child-worker-socket-waits.${kind}.ts`)) as Waits;

  it('a child that never exits: the input ignores the abort, its exit listener stays; the output rejects and removes it', async () => {
    // The fixture's `require('node:child_process')` is this very object: record what it spawns.
    const childProcess = (await import('node:child_process')).default;
    const spawn = childProcess.spawn;
    for (const kind of ['input', 'output'] as const) {
      const spawned: import('node:child_process').ChildProcess[] = [];
      childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
        const child = spawn(...args);
        spawned.push(child);
        return child;
      }) as typeof spawn;
      const controller = new AbortController();
      const waiting = waits(kind).waitForExit(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], controller.signal);
      controller.abort(new Error('cancelled'));
      const outcome = await outcomeAfter(waiting, 100);
      const child = spawned[0]!;
      const listeners = child.listenerCount('exit');
      child.kill();
      childProcess.spawn = spawn;
      if (kind === 'input') expect({ state: outcome.state, listeners }).toEqual({ state: 'pending', listeners: 1 });
      // `once()` rejects with an AbortError whose cause is the signal's reason.
      else expect({ state: outcome.state, name: errorName(outcome), listeners }).toEqual({ state: 'rejected', name: 'AbortError', listeners: 0 });
    }
  });

  it('a worker that never posts: the input ignores the abort; the output rejects and removes its listener', async () => {
    const workerThreads = (await import('node:worker_threads')).default;
    const RealWorker = workerThreads.Worker;
    for (const kind of ['input', 'output'] as const) {
      const made: import('node:worker_threads').Worker[] = [];
      const Recording = class extends RealWorker {
        constructor(...args: ConstructorParameters<typeof RealWorker>) {
          super(...args);
          made.push(this);
        }
      };
      workerThreads.Worker = Recording;
      const controller = new AbortController();
      const waiting = waits(kind).firstMessage('setInterval(() => {}, 1000)', controller.signal);
      controller.abort(new Error('cancelled'));
      const outcome = await outcomeAfter(waiting, 100);
      const worker = made[0]!;
      const listeners = worker.listenerCount('message');
      await worker.terminate();
      workerThreads.Worker = RealWorker;
      expect({ state: outcome.state, listeners }).toEqual(kind === 'input' ? { state: 'pending', listeners: 1 } : { state: 'rejected', listeners: 0 });
    }
  });

  it('a peer that never writes: the input ignores the abort; the output rejects and removes its listener', async () => {
    const net = await import('node:net');
    const server = net.createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as import('node:net').AddressInfo;
    try {
      for (const kind of ['input', 'output'] as const) {
        const socket = net.connect(port, '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        const controller = new AbortController();
        const waiting = waits(kind).firstData(socket, controller.signal);
        controller.abort(new Error('cancelled'));
        const outcome = await outcomeAfter(waiting, 50);
        const listeners = socket.listenerCount('data');
        socket.destroy();
        expect({ state: outcome.state, listeners }).toEqual(kind === 'input' ? { state: 'pending', listeners: 1 } : { state: 'rejected', listeners: 0 });
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
