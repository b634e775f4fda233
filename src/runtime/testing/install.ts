/**
 * `installLeakCheck()` for a test setup file: a leak check around every test that fails that
 * very test, and optionally a whole-run check at the end (goleak's `VerifyTestMain`).
 *
 * With vitest >= 4.1 the per-test check wraps each test in `aroundEach`, inside its own async
 * scope: what the test creates is attributed to it even when the test files run in parallel
 * workers (each worker tracks its own) or its tests run concurrently, and a leak that keeps
 * firing during the next test is not blamed on that test. The check runs after the test's
 * own `afterEach` hooks, cleanups and `onTestFinished` callbacks, so resources they release
 * are not leaks. Elsewhere (jest, older vitest) it uses `beforeEach`/`afterEach`.
 */
import { LeakError } from './leak-error';
import type { LeakCheckOptions } from './options';
import { startLeakCheck, type LeakCheck } from './verify';

// `any`: vitest's and jest's hook signatures differ in their context arguments; the check
// ignores them, and `hooks: vitest` (the module namespace) must type-check as it is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type HookFn = (...args: any[]) => unknown;

/** The test framework's hook functions (vitest's or jest's). */
export interface TestHooks {
  beforeEach: (fn: HookFn) => unknown;
  afterEach: (fn: HookFn) => unknown;
  afterAll?: (fn: HookFn) => unknown;
  /** vitest >= 4.1. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  aroundEach?: (fn: (runTest: () => Promise<void>, ...context: any[]) => Promise<void>) => unknown;
}

export interface InstallLeakCheckOptions extends LeakCheckOptions {
  /**
   * The hook functions to register with. Default: vitest's (found through the worker's global
   * `__vitest_index__`, also without `globals: true`), else the global `beforeEach`/`afterEach`
   * (jest, vitest with `globals: true`). Pass `{ beforeEach, afterEach, afterAll, aroundEach }`
   * imported from `vitest` to be explicit.
   */
  hooks?: TestHooks;
  /** Check after every test and fail that test. Default `true`. */
  perTest?: boolean;
  /**
   * Also check once after the last test of each test file, for everything created since the
   * setup file ran (test-file top level, `beforeAll`, ...) that is still alive. Default `false`.
   */
  wholeRun?: boolean;
}

export interface LeakCheckInstallation {
  /** Stops checking; the registered hooks become no-ops. */
  uninstall(): void;
}

export function installLeakCheck(options: InstallLeakCheckOptions = {}): LeakCheckInstallation {
  const hooks = resolveTestHooks(options.hooks);
  const { hooks: _hooks, perTest = true, wholeRun = false, ...checkOptions } = options;
  let installed = true;
  /** Leaks a per-test check already reported; the whole-run check does not repeat them. */
  const reported = new Set<number>();

  let wholeRunCheck: LeakCheck | undefined;
  if (wholeRun) {
    if (typeof hooks.afterAll !== 'function') throw new Error('unleak: installLeakCheck({ wholeRun: true }) needs an afterAll hook');
    wholeRunCheck = startLeakCheck({ ...checkOptions, scoped: false });
    hooks.afterAll(async () => {
      if (!installed || !wholeRunCheck) return;
      const leaks = (await wholeRunCheck.finish()).filter((leak) => !reported.has(leak.asyncId));
      if (leaks.length > 0) throw new LeakError(leaks, { during: 'during this test file', waitedMs: wholeRunCheck.options.timeoutMs });
    });
  }

  if (perTest) {
    const finishTestCheck = async (check: LeakCheck): Promise<void> => {
      const leaks = await check.finish();
      if (leaks.length === 0) return;
      for (const leak of leaks) reported.add(leak.asyncId);
      throw new LeakError(leaks, { during: 'during this test', waitedMs: check.options.timeoutMs });
    };
    if (typeof hooks.aroundEach === 'function') {
      hooks.aroundEach(async (runTest) => {
        if (!installed) return runTest();
        const check = startLeakCheck({ ...checkOptions, scoped: true });
        try {
          await check.run(runTest);
        } catch (error) {
          check.stop();
          throw error;
        }
        await finishTestCheck(check);
      });
    } else {
      let current: LeakCheck | undefined;
      hooks.beforeEach(() => {
        current?.stop();
        current = installed ? startLeakCheck({ ...checkOptions, scoped: false }) : undefined;
      });
      hooks.afterEach(async () => {
        const check = current;
        current = undefined;
        if (check) await finishTestCheck(check);
      });
    }
  }

  return {
    uninstall() {
      installed = false;
      wholeRunCheck?.stop();
    },
  };
}

function resolveTestHooks(explicit: TestHooks | undefined): TestHooks {
  if (explicit) {
    if (typeof explicit.beforeEach !== 'function' || typeof explicit.afterEach !== 'function') {
      throw new TypeError('unleak: installLeakCheck({ hooks }) needs at least beforeEach and afterEach functions');
    }
    return explicit;
  }
  const scope = globalThis as Record<string, unknown>;
  // vitest sets this in every worker (it backs `import.meta.vitest`), with or without `globals`.
  const vitest = scope.__vitest_index__ as Partial<TestHooks> | undefined;
  if (vitest && typeof vitest.beforeEach === 'function' && typeof vitest.afterEach === 'function') return vitest as TestHooks;
  if (typeof scope.beforeEach === 'function' && typeof scope.afterEach === 'function') {
    return {
      beforeEach: scope.beforeEach as TestHooks['beforeEach'],
      afterEach: scope.afterEach as TestHooks['afterEach'],
      ...(typeof scope.afterAll === 'function' ? { afterAll: scope.afterAll as NonNullable<TestHooks['afterAll']> } : {}),
    };
  }
  throw new Error(
    'unleak: installLeakCheck() found no test framework. Call it from a vitest setup file (test.setupFiles) or a jest ' +
      "setupFilesAfterEnv file, or pass the hooks: installLeakCheck({ hooks: { beforeEach, afterEach, afterAll } }).",
  );
}
