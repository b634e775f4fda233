/**
 * installLeakCheck's hook wiring, driven by hand through fake hooks: which hooks it registers,
 * what each does, perTest/wholeRun, uninstall. (The real vitest runs are in
 * install-leak-check.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installLeakCheck, LeakError, type TestHooks } from '../../src/runtime/testing/index';

type Registered = Record<'beforeEach' | 'afterEach' | 'afterAll' | 'aroundEach', ((...args: unknown[]) => unknown)[]>;

function createFakeHooks(withAroundEach: boolean): { hooks: TestHooks; registered: Registered } {
  const registered: Registered = { beforeEach: [], afterEach: [], afterAll: [], aroundEach: [] };
  const hooks: TestHooks = {
    beforeEach: (fn) => registered.beforeEach.push(fn),
    afterEach: (fn) => registered.afterEach.push(fn),
    afterAll: (fn) => registered.afterAll.push(fn),
    ...(withAroundEach ? { aroundEach: (fn: (...args: never[]) => unknown) => registered.aroundEach.push(fn as never) } : {}),
  };
  return { hooks, registered };
}

const cleanups: Array<() => unknown> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function startPolling() {
  const handle = setInterval(() => {}, 1000);
  cleanups.push(() => clearInterval(handle));
}

describe('installLeakCheck hooks', () => {
  it('with aroundEach: wraps the test and throws a LeakError naming the creator', async () => {
    const { hooks, registered } = createFakeHooks(true);
    installLeakCheck({ hooks, timeoutMs: 20 });
    expect([registered.aroundEach.length, registered.beforeEach.length, registered.afterEach.length]).toEqual([1, 0, 0]);
    const around = registered.aroundEach[0]!;
    await expect(around(async () => startPolling())).rejects.toThrow(LeakError);
    await expect(around(async () => startPolling())).rejects.toThrow(/created during this test[\s\S]*created by startPolling/);
    await expect(around(async () => {})).resolves.toBeUndefined();
  });

  it('without aroundEach (jest): beforeEach starts, afterEach checks', async () => {
    const { hooks, registered } = createFakeHooks(false);
    installLeakCheck({ hooks, timeoutMs: 20 });
    const [before] = registered.beforeEach;
    const [after] = registered.afterEach;
    before!();
    startPolling();
    await expect(after!()).rejects.toThrow(/created by startPolling/);
    before!();
    await expect(after!()).resolves.toBeUndefined();
  });

  it('wholeRun: afterAll fails for what is alive at the end and was not reported by a test', async () => {
    const { hooks, registered } = createFakeHooks(true);
    installLeakCheck({ hooks, timeoutMs: 20, wholeRun: true });
    const around = registered.aroundEach[0]!;
    await expect(around(async () => startPolling())).rejects.toThrow(LeakError);
    function startSweeper() {
      startPolling();
    }
    startSweeper(); // outside any test: only the whole-run check sees it
    const error = (await (registered.afterAll[0]!() as Promise<unknown>).catch((thrown: unknown) => thrown)) as LeakError;
    expect(error).toBeInstanceOf(LeakError);
    expect(error.leaks.map((leak) => leak.createdBy)).toEqual(['startPolling']);
    expect(error.leaks[0]!.stack).toContain('startSweeper');
    expect(error.message).toMatch(/created during this test file/);
  });

  it('perTest: false registers no per-test hook; uninstall turns the checks off', async () => {
    const { hooks, registered } = createFakeHooks(true);
    const installation = installLeakCheck({ hooks, perTest: false, wholeRun: true, timeoutMs: 20 });
    expect([registered.aroundEach.length, registered.afterAll.length]).toEqual([0, 1]);
    startPolling();
    installation.uninstall();
    await expect(registered.afterAll[0]!()).resolves.toBeUndefined();

    const other = createFakeHooks(true);
    installLeakCheck({ hooks: other.hooks, timeoutMs: 20 }).uninstall();
    await expect(other.registered.aroundEach[0]!(async () => startPolling())).resolves.toBeUndefined();
  });

  it('says what it needs when the hooks are incomplete', () => {
    expect(() => installLeakCheck({ hooks: { beforeEach: () => {} } as unknown as TestHooks })).toThrow(
      'unleak: installLeakCheck({ hooks }) needs at least beforeEach and afterEach functions',
    );
    const { hooks } = createFakeHooks(false);
    expect(() => installLeakCheck({ hooks: { beforeEach: hooks.beforeEach, afterEach: hooks.afterEach }, wholeRun: true })).toThrow(/needs an afterAll hook/);
  });
});
