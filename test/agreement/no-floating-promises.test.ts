/**
 * Agreement of unconsumed-promise with the reference detector, typescript-eslint's
 * `no-floating-promises` with type information (issue 10), on the examples app (its
 * tsconfig.json) and on the rule's fixture inputs (tsconfig.unconsumed-promise-fixtures.json
 * next to this file). Statements are compared by file and line:
 * - every statement no-floating-promises flags, unleak flags, or ONLY_ESLINT says why not;
 * - every statement only unleak flags is listed in ONLY_UNLEAK with the reason;
 * - the figures in docs/rules/unconsumed-promise.md are these.
 * unleak runs here without type information (issue 10 part 1 adds it): what only the checker
 * knows is listed as "needs types".
 */
import path from 'node:path';
import fs from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { run } from '../../src/engine/run';
import { getRule } from '../../transforms/index';
import { loadFixtureCases } from '../helpers/fixtures';

const REPO_ROOT = path.resolve(__dirname, '../..');
const RULE = 'unconsumed-promise';
const FIXTURES_DIR = `__testfixtures__/${RULE}`;

/** Statements only no-floating-promises flags (`file:line`), and why unleak does not. */
const ONLY_ESLINT: Record<string, string> = {
  [`${FIXTURES_DIR}/service-worker-ready-quiet-then.input.ts:5`]: '`navigator.serviceWorker.ready` never rejects (the Service Workers spec), and the `.then` callback only logs: nothing in the chain can reject',
  [`${FIXTURES_DIR}/service-worker-ready-quiet-then.input.ts:6`]: '`window.navigator.serviceWorker.ready` never rejects (the Service Workers spec), and the `.then` callback only logs literals joined with `+`: nothing in the chain can reject',
  [`${FIXTURES_DIR}/handled-before-then-that-exits.input.ts:11`]: 'the rejection is handled by `.catch` before the last `.then`, whose callback only calls process.exit: nothing in the chain is left to reject',
  [`${FIXTURES_DIR}/handled-before-then-that-resets-busy-flag.input.tsx:18`]: "the rejection is handled by `.catch` before the last two `.then`s, whose callbacks only call React's state setter with a literal and put a literal in a `let`: nothing in the chain is left to reject",
  [`${FIXTURES_DIR}/handled-chain-handler-read-through.input.tsx:42`]: "the rejection is handled by an async `.catch` handler that awaits nothing and does not throw, before a `.then` whose callback only calls React's state setter with a literal: nothing in the chain is left to reject",
  [`${FIXTURES_DIR}/handled-chain-handler-read-through.input.tsx:47`]: "the `.catch` handler's `throw` is caught by its own `try`, whose `catch` neither throws nor awaits; the `.then` after it only calls React's state setter with a literal: nothing in the chain is left to reject",
  [`${FIXTURES_DIR}/handled-chain-handler-read-through.input.tsx:56`]: "the `.catch` handler's `Promise.reject` is handled there and not returned; the `.then` after it only calls React's state setter with a literal: nothing in the chain is left to reject",
  [`${FIXTURES_DIR}/handled-chain-handler-read-through.input.tsx:61`]: "the `.catch` handler calls this file's async function that catches every error itself; the `.then` after it only calls React's state setter with a literal: nothing in the chain is left to reject",
  [`${FIXTURES_DIR}/handled-return-named-handler.input.ts:22`]: "a plain function whose every return is a chain ending in `.catch(showError)`, a handler given by name that the file does not declare: handled, as the same chain written as a statement is",
  [`${FIXTURES_DIR}/handled-return-handler-names-where-written.input.ts:29`]: "a plain function whose every return is a chain ending in a handler that calls the module's `retry`, which only logs (the name read where the handler is written): nothing in the chain is left to reject",
  [`${FIXTURES_DIR}/handled-return-arrow-expression-body.input.ts:15`]: "a plain arrow whose expression body is a chain ending in its own `.catch`, with a handler that neither throws nor awaits: its promise cannot reject",
  [`${FIXTURES_DIR}/handled-return-arrow-expression-body.input.ts:16`]: "a `.then` whose callback only logs, on a call of that arrow, which cannot reject: nothing in the chain is left to reject",
  [`${FIXTURES_DIR}/error-first-callback-own-async-function.input.ts:30`]: "the async function catches every error itself (its body is one try/catch that neither throws nor awaits): its promise cannot reject",
  [`${FIXTURES_DIR}/skip-self-handled-async-function.input.tsx:27`]: 'the async function catches every error itself (its body is one try/catch that neither throws nor awaits): its promise cannot reject',
  [`${FIXTURES_DIR}/skip-self-handled-async-function.input.tsx:28`]: 'the async function catches every error itself (try/catch/finally that neither throws nor awaits): its promise cannot reject',
  [`${FIXTURES_DIR}/self-handled-with-trailing-clears.input.js:16`]: 'the async function catches every error itself (a log line, a try/catch that neither throws nor awaits, then only timer clears): its promise cannot reject',
  [`${FIXTURES_DIR}/self-handled-private-method.input.ts:10`]: "the class's own private method (#apply) catches every error itself: no subclass can replace it, its promise cannot reject",
  [`${FIXTURES_DIR}/self-handled-private-method.input.ts:12`]: "the class's own TypeScript-private method catches every error itself: no subclass can replace it, its promise cannot reject",
  [`${FIXTURES_DIR}/skip-self-handled-async-iife.input.ts:7`]: 'the immediately invoked async arrow is one try/catch that neither throws nor awaits in its catch: its promise cannot reject',
  [`${FIXTURES_DIR}/self-handled-after-early-return-guard.input.ts:25`]: 'the async function catches every error itself after an early-return guard that cannot throw (names, literals, comparisons): its promise cannot reject',
  [`${FIXTURES_DIR}/self-handled-busy-flag-around-try.input.ts:25`]: 'the async function catches every error itself between flag assignments that cannot throw (a literal put in a `let`): its promise cannot reject',
  [`${FIXTURES_DIR}/self-handled-sequence-of-tries.input.ts:25`]: 'the async function catches every error itself (two try/catch blocks in a row, neither catch throws nor awaits): its promise cannot reject',
  [`${FIXTURES_DIR}/self-handled-state-setter-around-try.input.tsx:22`]: "the async function catches every error itself between calls of React's state setter with a literal (useState from react), which cannot throw: its promise cannot reject",
  [`${FIXTURES_DIR}/skip-self-handled-async-iife.input.ts:15`]: 'the immediately invoked async function expression is one try/catch that neither throws nor awaits in its catch: its promise cannot reject',
  [`${FIXTURES_DIR}/in-test-file-angular-zone.spec.input.ts:12`]: "a test body wrapped in Angular's waitForAsync: the test zone waits for the promise and fails the test on its rejection",
  [`${FIXTURES_DIR}/in-test-file-angular-zone.spec.input.ts:18`]: "a test body wrapped in Angular's fakeAsync: the zone flushes the promise before the test ends and rethrows its rejection",
  [`${FIXTURES_DIR}/skip-self-handled-after-name-guard.input.ts:27`]: 'the async arrow returns early on a test of names only, then is one try/catch that neither throws nor awaits in its catch: its promise cannot reject',
  [`${FIXTURES_DIR}/skip-self-handled-after-name-guard.input.ts:28`]: 'the async function returns a literal early on a test of names and literals only, then is one try/catch that neither throws nor awaits: its promise cannot reject',
  [`${FIXTURES_DIR}/skip-resolved-promise-cannot-reject.input.ts:13`]: 'Promise.resolve() with no value: already resolved, it cannot reject',
  [`${FIXTURES_DIR}/skip-resolved-promise-cannot-reject.input.ts:14`]: 'a plain function whose every return is Promise.resolve() of no value: its promise cannot reject',
  [`${FIXTURES_DIR}/skip-resolved-promise-cannot-reject.input.ts:15`]: 'a plain arrow whose body is Promise.resolve() of an object literal without `then`: its promise cannot reject',
  [`${FIXTURES_DIR}/skip-resolved-promise-cannot-reject.input.ts:16`]: "the class's own private method returns only Promise.resolve() of a template: no subclass can replace it, its promise cannot reject",
  [`${FIXTURES_DIR}/jetbrains-noinspection-ignored-promise.input.ts:9`]: 'a `// noinspection JSIgnoredPromiseFromCall` comment on the line before: the author turned the IDE\'s ignored-promise inspection off for the statement, as an eslint-disable comment does',
  [`${FIXTURES_DIR}/jetbrains-noinspection-ignored-promise.input.ts:11`]: 'a `//noinspection JSIgnoredPromiseFromCall` comment on the line before: the author turned the IDE\'s ignored-promise inspection off for the statement',
  [`${FIXTURES_DIR}/biome-ignore-floating-promise.input.ts:13`]: 'a `// biome-ignore lint/nursery/noFloatingPromises` comment on the line before: the author turned Biome\'s floating-promise rule off for the statement, as an eslint-disable comment does',
  [`${FIXTURES_DIR}/jetbrains-noinspection-ignored-promise.input.ts:19`]: 'a `// noinspection JSIgnoredPromiseFromCall` comment on the line before the inner statement: the author turned the IDE\'s ignored-promise inspection off for it',
  [`${FIXTURES_DIR}/skip-flow-nullable-promise-return.input.js:16`]: "a Flow method returning `?Promise<T>` (it may be null): unleak's syntactic reading does not call it a promise; the checker infers the JavaScript body's `Promise | null`",
};

/** Statements only unleak flags (`file:line`), and why no-floating-promises does not. */
const ONLY_UNLEAK: Record<string, string> = {
  [`${FIXTURES_DIR}/foreach-async-in-async-function.input.ts:6`]: 'arr.forEach(async …) returns undefined: typescript-eslint leaves it to no-misused-promises; docs/catalog.md makes it an unconsumed-promise',
  [`${FIXTURES_DIR}/foreach-async-report-only-without-unsafe.input.ts:6`]: 'arr.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-callback-catch-rethrows.input.ts:7`]: 'arr.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-set-or-map.input.ts:7`]: 'set.forEach(async …) / map.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-set-or-map.input.ts:13`]: 'set.forEach(async …) / map.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-set-or-map.input.ts:20`]: 'set.forEach(async …) / map.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-set-or-map.input.ts:26`]: 'set.forEach(async …) / map.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-set-or-map.input.ts:32`]: 'set.forEach(async …) / map.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-class-field-set-or-map.input.ts:16`]: 'this.field.forEach(async …) over a Map, Set or array field: no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-class-field-set-or-map.input.ts:23`]: 'this.field.forEach(async …) over a Map, Set or array field: no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/foreach-async-over-class-field-set-or-map.input.ts:30`]: 'this.field.forEach(async …) over a Map, Set or array field: no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/prefer-await-loop-keeps-concurrency.input.ts:10`]: 'arr.forEach(async …): no-misused-promises territory in typescript-eslint',
  [`${FIXTURES_DIR}/handled-chain-passes-rejection-on-before-then.input.tsx:20`]: 'a `.finally` after `.catch(async (e) => { await … })`: typescript-eslint takes any `.catch(h)` for handled; an async handler rejects when what it awaits rejects, and `.finally` passes that on',
  [`${FIXTURES_DIR}/unread-promise-variable.input.ts:7`]: 'a promise kept in a variable that is never read: no-floating-promises checks statements only',
  [`${FIXTURES_DIR}/in-test-file-unread-and-map.test.input.ts:6`]: 'a promise kept in a variable that is never read: no-floating-promises checks statements only',
  [`${FIXTURES_DIR}/promise-unread-beside-svelte-markup.input.svelte:12`]: 'a promise kept in a variable that is never read: no-floating-promises checks statements only',
  [`${FIXTURES_DIR}/guard-call-records-svelte-state.input.svelte:26`]: 'a .svelte component: the comparison lints .js/.ts files only (no Svelte parser)',
  [`${FIXTURES_DIR}/guard-call-records-svelte-state.input.svelte:31`]: 'a .svelte component: the comparison lints .js/.ts files only (no Svelte parser)',
  [`${FIXTURES_DIR}/with-resolvers-dropped.input.ts:2`]: 'Promise.withResolvers() returns an object, not a promise; unleak reports the promise inside it dropped (report only)',
  [`${FIXTURES_DIR}/http-client-calls-dropped.input.ts:8`]: 'axios is not installed in the test project: the checker sees `any`',
  [`${FIXTURES_DIR}/http-client-calls-dropped.input.ts:9`]: 'axios is not installed in the test project: the checker sees `any`',
  [`${FIXTURES_DIR}/http-client-calls-dropped.input.ts:10`]: 'got is not installed in the test project: the checker sees `any`',
  [`${FIXTURES_DIR}/http-client-calls-dropped.input.ts:11`]: 'undici is not installed in the test project: the checker sees `any`',
  [`${FIXTURES_DIR}/map-callback-missing-return.input.ts:5`]: 'axios is not installed in the test project: the checker sees `any`',
  [`${FIXTURES_DIR}/map-callback-missing-return.input.ts:12`]: 'axios is not installed in the test project: the checker sees `any`',
  [`${FIXTURES_DIR}/map-callback-missing-return.input.ts:16`]: 'axios is not installed in the test project: the checker sees `any`',
  [`${FIXTURES_DIR}/chain-settles-promise-executor.input.js:17`]: '`load` is an untyped JavaScript parameter: the checker sees `any`; unleak reports any `.then(ok)` chain without a rejection handler (suggestion)',
  [`${FIXTURES_DIR}/async-value-behind-declared-type.input.ts:18`]: 'an async arrow kept in a `const` declared as returning `void`: the checker sees `void`; at run time it is a promise whose rejection is unhandled (report only, medium)',
  [`${FIXTURES_DIR}/async-value-behind-declared-type.input.ts:36`]: 'an async arrow field declared as returning `void`: the checker sees `void`; at run time it is a promise whose rejection is unhandled (report only, medium)',
  [`${FIXTURES_DIR}/then-chain-on-declared-promise-like.input.ts:23`]: "a `.then(ok)` chain on a `PromiseLike`, no native promise: no-floating-promises checks thenables only with `checkThenables`; unleak reports it (suggestion, `.then(undefined, …)`: a PromiseLike has no `.catch`)",
  [`${FIXTURES_DIR}/print-width-then-undefined-handler.input.ts:8`]: 'a `.then(ok)` chain on a `PromiseLike`: no-floating-promises checks thenables only with `checkThenables`',
  [`${FIXTURES_DIR}/print-width-then-undefined-handler.input.ts:15`]: 'a `.then(ok)` chain on a `PromiseLike`: no-floating-promises checks thenables only with `checkThenables`',
  [`${FIXTURES_DIR}/protractor-config-key-not-spec.input.js:12`]: 'a `.then(ok)` chain on an undeclared function in a `.js` file: the checker knows no promise there; unleak reports any `.then(ok)` chain without a rejection handler (suggestion)',
  [`${FIXTURES_DIR}/protractor-config-key-not-spec.input.js:17`]: 'a `.then(ok)` chain on an undeclared function in a `.js` file: the checker knows no promise there; unleak reports any `.then(ok)` chain without a rejection handler (suggestion)',
  [`${FIXTURES_DIR}/swr-mutation-with-data.input.tsx:12`]: "a `.then(ok)` chain on `mutate` from the `swr` package, which the fixtures do not install: the checker sees an unresolved import; unleak reports any `.then(ok)` chain without a rejection handler (suggestion) that is no SWR revalidation",
  [`${FIXTURES_DIR}/swr-mutation-with-data.input.tsx:16`]: "a `.then(ok)` chain on `mutate` from the `swr` package, which the fixtures do not install: the checker sees an unresolved import; unleak reports a revalidation whose callback may throw (suggestion)",
  [`${FIXTURES_DIR}/then-chain-on-unknown-thenable.input.ts:2`]: "the thenable's `.then` is typed to return `unknown`, which the checker cannot call a promise; unleak reports any `.then(ok)` chain without a rejection handler (suggestion)",
  [`${FIXTURES_DIR}/in-test-file-protractor-async.spec.input.js:10`]: "a `.then(ok)` chain on Protractor's undeclared global `element`: the checker sees `any`; unleak reports any `.then(ok)` chain without a rejection handler, in a Protractor spec that awaits (no control flow) too (report only, medium)",
};

interface Comparison {
  agree: string[];
  onlyEslint: string[];
  onlyUnleak: string[];
}

function compare(eslint: ReadonlySet<string>, unleak: ReadonlySet<string>): Comparison {
  const sorted = (keys: string[]) => keys.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    agree: sorted([...eslint].filter((key) => unleak.has(key))),
    onlyEslint: sorted([...eslint].filter((key) => !unleak.has(key))),
    onlyUnleak: sorted([...unleak].filter((key) => !eslint.has(key))),
  };
}

/** `file:line` of every statement no-floating-promises flags in the tsconfig's files. */
async function runNoFloatingPromises(tsconfig: string): Promise<Set<string>> {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  const files = parsed.fileNames.filter((file) => /\.[cm]?[jt]sx?$/.test(file));
  const eslint = new ESLint({
    cwd: REPO_ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
        languageOptions: { parser: tseslint.parser, parserOptions: { project: tsconfig, tsconfigRootDir: path.dirname(tsconfig) } },
        plugins: { '@typescript-eslint': tseslint.plugin as unknown as ESLint.Plugin },
        rules: { '@typescript-eslint/no-floating-promises': 'error' },
      },
    ],
  });
  const flagged = new Set<string>();
  for (const result of await eslint.lintFiles(files)) {
    for (const message of result.messages) {
      // A parse or config error would make the comparison meaningless.
      expect(message.ruleId, `${result.filePath}: ${message.message}`).toBe('@typescript-eslint/no-floating-promises');
      flagged.add(`${path.relative(REPO_ROOT, result.filePath).split(path.sep).join('/')}:${message.line}`);
    }
  }
  return flagged;
}

/** `file:line` of every unconsumed-promise finding on the fixture inputs, each with its options. */
function runUnleakOnFixtures(): Set<string> {
  const rule = getRule(RULE)!;
  const flagged = new Set<string>();
  for (const fixture of loadFixtureCases(RULE)) {
    const result = lintSource({
      raw: fixture.input,
      filePath: fixture.inputPath,
      displayPath: fixture.inputPath,
      rules: [{ rule, options: resolveRuleOptions(rule, fixture.options) }],
      settings: DEFAULT_SETTINGS,
      applyLevels: getAppliedLevels(false),
    });
    const file = path.relative(REPO_ROOT, fixture.inputPath).split(path.sep).join('/');
    for (const finding of result.findings) flagged.add(`${file}:${finding.line}`);
  }
  return flagged;
}

describe('unconsumed-promise and no-floating-promises (typescript-eslint, with types)', () => {
  let examples: Comparison;
  let fixtures: Comparison;

  beforeAll(async () => {
    const result = await run({ cwd: REPO_ROOT, paths: ['examples'], rules: [RULE], config: false, jobs: 1, prettier: false });
    const unleakOnExamples = new Set(result.findings.map((finding) => `${finding.file}:${finding.line}`));
    examples = compare(await runNoFloatingPromises(path.join(REPO_ROOT, 'examples/tsconfig.json')), unleakOnExamples);
    fixtures = compare(await runNoFloatingPromises(path.join(__dirname, 'tsconfig.unconsumed-promise-fixtures.json')), runUnleakOnFixtures());
  }, 240_000);

  it('flags something in both projects (the comparison is not vacuous)', () => {
    expect(examples.agree.length).toBeGreaterThan(0);
    expect(fixtures.agree.length).toBeGreaterThan(0);
  });

  it('every statement no-floating-promises flags, unleak flags too, or the list says why not', () => {
    expect([...examples.onlyEslint, ...fixtures.onlyEslint].sort()).toEqual(Object.keys(ONLY_ESLINT).sort());
  });

  it('every statement only unleak flags is listed with the reason', () => {
    expect([...examples.onlyUnleak, ...fixtures.onlyUnleak].sort()).toEqual(Object.keys(ONLY_UNLEAK).sort());
  });

  it('the rule page states these figures', () => {
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs/rules/unconsumed-promise.md'), 'utf8');
    expect(doc).toContain(`| examples app | ${examples.agree.length} | ${examples.onlyEslint.length} | ${examples.onlyUnleak.length} |`);
    expect(doc).toContain(`| unconsumed-promise fixtures | ${fixtures.agree.length} | ${fixtures.onlyEslint.length} | ${fixtures.onlyUnleak.length} |`);
  });
});
