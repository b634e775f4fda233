/**
 * Behavioural proof for unsettled-promise's owner controllers (a React effect's, a class's): the
 * input's wait outlives its owner — after unmount / release its timer is still alive or it
 * stays pending for ever —, the output's wait rejects with the owner's abort and leaves no
 * timer and no listener behind.
 *
 * Frameworks are stand-ins loaded in place of their modules: `react`'s hooks run the effect at
 * mount and its returned cleanup at unmount (the part of React's effect contract the fix relies
 * on); `@angular/core`'s decorators return the class as it is (the test calls `ngOnDestroy` as
 * Angular would); `node:http`'s server is an emitter that never fires 'listening'.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import * as nodeTimers from 'node:timers';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixtureModule, runUnderLeakCheck } from '../helpers/run-under-leak-check';
import { errorName, outcomeAfter } from '../helpers/promise-outcome';
import { CountingTarget } from '../helpers/counting-target';

const FIXTURES = path.resolve(__dirname, '../../__testfixtures__/unsettled-promise');
const fixture = (name: string) => path.join(FIXTURES, name);



/** React's effect contract, no more: effects run at mount, their returned cleanups at unmount; state setters are recorded. */
function reactStandIn() {
  const cleanups: Array<() => void> = [];
  const setCalls: unknown[] = [];
  const react = {
    useState: (initial: unknown) => [initial, (value: unknown) => setCalls.push(value)],
    useEffect: (effect: () => unknown) => {
      const cleanup = effect();
      if (typeof cleanup === 'function') cleanups.push(cleanup as () => void);
    },
  };
  return { react, setCalls, unmount: () => { for (const cleanup of cleanups.splice(0)) cleanup(); } };
}


afterEach(() => {
  delete (globalThis as { Image?: unknown }).Image;
});

describe('unsettled-promise at run time: React effects', () => {
  it("an image wait in the effect's async IIFE: the input keeps its listener after the unmount; the output removes it and settles", async () => {
    const run = async (kind: 'input' | 'output') => {
      const images: CountingTarget[] = [];
      (globalThis as { Image?: unknown }).Image = class extends CountingTarget {
        constructor() {
          super();
          images.push(this);
        }
      };
      const host = reactStandIn();
      const { Preview } = loadFixtureModule(fixture(`react-effect-image-load-async.${kind}.tsx`), { react: host.react }) as { Preview(props: { src: string }): unknown };
      Preview({ src: '/a.png' });
      await new Promise((resolve) => nodeTimers.setTimeout(resolve, 5));
      host.unmount();
      await new Promise((resolve) => nodeTimers.setTimeout(resolve, 20));
      return { listeners: images[0]!.listeners, setCalls: host.setCalls };
    };
    // The image never loads: the input waits for ever with its 'load' listener on the image.
    expect(await run('input')).toEqual({ listeners: 1, setCalls: [] });
    // The output rejects at unmount (its .catch sets null) and takes every listener off.
    expect(await run('output')).toEqual({ listeners: 0, setCalls: [null] });
  });
});

describe('unsettled-promise at run time: classes with a release method', () => {
  it("a disposable Node class: the input's listen() stays pending after close(); the output's rejects and removes its listener", async () => {
    const run = async (kind: 'input' | 'output') => {
      const server = Object.assign(new EventEmitter(), { listen() {}, close() {} });
      const { PreviewServer } = loadFixtureModule(fixture(`node-disposable-class-wait.${kind}.ts`), { 'node:http': { createServer: () => server } }) as {
        PreviewServer: new () => { listen(port: number): Promise<void>; close(): void };
      };
      const preview = new PreviewServer();
      const listening = preview.listen(0);
      preview.close();
      return { outcome: await outcomeAfter(listening, 30), listeners: server.listenerCount('listening') + server.listenerCount('error') };
    };
    expect(await run('input')).toEqual({ outcome: { state: 'pending' }, listeners: 1 });
    const output = await run('output');
    expect(errorName(output.outcome)).toBe('AbortError');
    expect(output.listeners).toBe(0);
  });

  it("a class's existing controller field: the input's next() stays pending after stop(); the output's rejects", async () => {
    const run = async (kind: 'input' | 'output') => {
      const { JobQueue } = loadFixtureModule(fixture(`class-existing-controller-field.${kind}.ts`)) as { JobQueue: new () => EventEmitter & { next(): Promise<unknown>; stop(): void } };
      const queue = new JobQueue();
      const next = queue.next();
      queue.emit('ready');
      await new Promise((resolve) => nodeTimers.setTimeout(resolve, 5));
      const waiting = queue.listenerCount('job');
      queue.stop();
      return { waiting, outcome: await outcomeAfter(next, 30), listeners: queue.listenerCount('job') };
    };
    expect(await run('input')).toEqual({ waiting: 1, outcome: { state: 'pending' }, listeners: 0 });
    const output = await run('output');
    expect(output.waiting).toBe(1);
    expect(errorName(output.outcome)).toBe('AbortError');
    expect(output.listeners).toBe(0);
  });

  it("an Angular component's polling sleep: the input's loop sleeps on after ngOnDestroy; the output rejects and clears its timer", async () => {
    const decorator = () => (value: unknown) => value;
    const angular = { Component: decorator, Injectable: decorator };
    const scenario = async (module: Record<string, unknown>) => {
      let rounds = 0;
      const clock = { connected: true, time: async () => String(++rounds) };
      const component = new (module.ServerClockComponent as new (clock: unknown) => { ngOnInit(): Promise<void>; ngOnDestroy?(): void })(clock);
      const polling = component.ngOnInit();
      await new Promise((resolve) => nodeTimers.setTimeout(resolve, 5));
      component.ngOnDestroy?.();
      return outcomeAfter(polling, 20);
    };
    const input = await runUnderLeakCheck(fixture('class-sleep-paces-loop.input.ts'), scenario, { timeoutMs: 50 }, { '@angular/core': angular });
    expect(input.result).toEqual({ state: 'pending' });
    expect(input.leaks.map((leak) => leak.kind)).toEqual(['timeout']);
    const output = await runUnderLeakCheck(fixture('class-sleep-paces-loop.output.ts'), scenario, { timeoutMs: 50 }, { '@angular/core': angular });
    expect(errorName(output.result)).toBe('AbortError');
    expect(output.leaks).toEqual([]);
  });
});
