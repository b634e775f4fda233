import { describe, expect, it } from 'vitest';
import { isScriptOrExamplePath, isTestFilePath } from './test-file-path';

describe('isTestFilePath', () => {
  it('recognises test and spec file names', () => {
    expect(isTestFilePath('src/button.test.tsx')).toBe(true);
    expect(isTestFilePath('src/api.spec.ts')).toBe(true);
    expect(isTestFilePath('lib/setup.test.mjs')).toBe(true);
    expect(isTestFilePath('apps/web/__e2e__/models/editor.model.ts')).toBe(true);
    expect(isTestFilePath('src/__mocks__/api.ts')).toBe(true);
    expect(isTestFilePath('button.spec.js')).toBe(true);
    expect(isTestFilePath('ts/test-electron/MessageReceiver_test.ts')).toBe(true);
    expect(isTestFilePath('lib/parse_test.mjs')).toBe(true);
  });

  it('recognises test folders anywhere in the path', () => {
    expect(isTestFilePath('src/__tests__/clock.ts')).toBe(true);
    expect(isTestFilePath('test/helpers/server.ts')).toBe(true);
    expect(isTestFilePath('packages/core/tests/clock.ts')).toBe(true);
    expect(isTestFilePath('e2e/login.ts')).toBe(true);
    expect(isTestFilePath('cypress/support/commands.js')).toBe(true);
    expect(isTestFilePath('C:\\app\\__tests__\\clock.ts')).toBe(true);
  });

  it('leaves source files whose names only look alike', () => {
    expect(isTestFilePath('src/clock.ts')).toBe(false);
    expect(isTestFilePath('src/testing/clock.ts')).toBe(false);
    expect(isTestFilePath('src/test-utils.ts')).toBe(false);
    expect(isTestFilePath('src/contest/entry.ts')).toBe(false);
    expect(isTestFilePath('src/latest.ts')).toBe(false);
    expect(isTestFilePath('src/specs.ts')).toBe(false);
    expect(isTestFilePath('src/test.ts')).toBe(false);
    expect(isTestFilePath('src/run_tests.ts')).toBe(false);
    expect(isTestFilePath('src/test_runner.ts')).toBe(false);
    expect(isTestFilePath('src/load_test.json')).toBe(false);
    expect(isTestFilePath('__testfixtures__/timer-cleanup/case.input.ts')).toBe(false);
  });
});

describe('isTestFilePath: names that only contain the words', () => {
  it('recognises a fixture-style name and a Windows path', () => {
    expect(isTestFilePath('src/api.spec.input.ts')).toBe(true);
    expect(isTestFilePath('C:\\repo\\e2e\\login.ts')).toBe(true);
  });

  it('leaves source files whose names only contain the words', () => {
    expect(isTestFilePath('src/testing/helpers.ts')).toBe(false);
    expect(isTestFilePath('src/latest/api.ts')).toBe(false);
    expect(isTestFilePath('src/contest.ts')).toBe(false);
  });

  it('leaves app code in a folder named spec (an API-spec plugin, an OpenAPI tool): its leaks are app leaks', () => {
    expect(isTestFilePath('src/core/plugins/spec/reload.js')).toBe(false);
    expect(isTestFilePath('src/spec/loader.ts')).toBe(false);
  });

  it('leaves single-file components in a folder named test: no runner runs them', () => {
    expect(isTestFilePath('src/components/http/test/Runner.vue')).toBe(false);
    expect(isTestFilePath('src/routes/test/+page.svelte')).toBe(false);
    expect(isTestFilePath('src/components/http/test/runner.ts')).toBe(true);
  });
});

describe('isScriptOrExamplePath', () => {
  it('recognises folders of scripts and samples', () => {
    expect(isScriptOrExamplePath('testing/populate_rest.js')).toBe(true);
    expect(isScriptOrExamplePath('apps/mobile/scripts/e2e-bootstrap.ts')).toBe(true);
    expect(isScriptOrExamplePath('tracker/tracker-reactnative/example/src/App.tsx')).toBe(true);
    expect(isScriptOrExamplePath('bin\\run.js')).toBe(true);
    expect(isScriptOrExamplePath('packages/driver/bench/index.js')).toBe(true);
    expect(isScriptOrExamplePath('benchmarks/parse.ts')).toBe(true);
  });

  it('leaves the program itself, and file names that only look like it, alone', () => {
    expect(isScriptOrExamplePath('src/api/client.ts')).toBe(false);
    expect(isScriptOrExamplePath('src/scripts.ts')).toBe(false);
    expect(isScriptOrExamplePath('src/bench.ts')).toBe(false);
    expect(isScriptOrExamplePath('src/examples-page.tsx')).toBe(false);
  });
});
