/**
 * Whether a file is a test file, from its path alone (rules never read the file system): a
 * name with `.test.` / `.spec.` before its extension or ending in `_test` (mocha's
 * `MessageReceiver_test.ts`), or a folder `__tests__`, `__e2e__` (notesnook's
 * Playwright models), `__mocks__`, `test`, `tests`, `e2e` or `cypress` anywhere in the path — except a single-file component (`.vue`, `.svelte`,
 * `.astro`), which no test runner runs: `components/http/test/Runner.vue` is the app's own
 * "test" screen. Used by the rules that leave test files to the
 * test-time leak check (`unleak/testing`) unless `includeTests` is set (docs/catalog.md, "Test files").
 *
 * The path is the one the engine shows (relative to the working directory, absolute outside
 * it); both `/` and `\` separate folders.
 */

const TEST_FOLDERS = new Set(['__tests__', '__e2e__', '__mocks__', 'test', 'tests', 'e2e', 'cypress']);
// Case: `button.test.tsx`, `api.spec.ts`, `setup.test.mjs`; mocha's `MessageReceiver_test.ts` (Signal-Desktop's test-electron)
const TEST_FILE_NAME = /(?:\.(?:test|spec)\.[^./\\]+(?:\.[^./\\]+)?|_test\.[cm]?[jt]sx?)$/;

const COMPONENT_FILE = /\.(?:vue|svelte|astro)$/;

export function isTestFilePath(filename: string): boolean {
  const parts = filename.split(/[\\/]+/);
  const name = parts.pop() ?? '';
  // Case: `src/components/http/test/Runner.vue`: an app's component in a folder named for a feature
  if (COMPONENT_FILE.test(name)) return false;
  // Case: `src/__tests__/x.ts`, `test/unit/x.ts`, `packages/app/e2e/login.ts`, `cypress/support/commands.ts`
  if (parts.some((part) => TEST_FOLDERS.has(part))) return true;
  return TEST_FILE_NAME.test(name);
}

/**
 * Folders of code a person runs by hand or reads as a sample, not the shipped program: `scripts`,
 * `script`, `bin`, `tools`, `testing`, `bench`, `benchmark(s)`, `example(s)`, `demo(s)`,
 * `playground`. A request that
 * hangs there stalls one visible run (nightscout's `testing/populate_rest.js`, Folo's
 * `apps/mobile/scripts/…`, openreplay's `tracker-reactnative/example/`); report-only findings
 * of fetch-timeout there are `medium`, as in test files.
 */
const SCRIPT_FOLDERS = new Set(['scripts', 'script', 'bin', 'tools', 'testing', 'bench', 'benchmark', 'benchmarks', 'example', 'examples', 'demo', 'demos', 'playground']);

export function isScriptOrExamplePath(filename: string): boolean {
  const parts = filename.split(/[\\/]+/);
  parts.pop();
  return parts.some((part) => SCRIPT_FOLDERS.has(part));
}
