/**
 * Whether code runs inside a callback-style test (`it('…', (done) => { … })`, mocha's
 * convention): the test ends when `done()` is called, not when a promise settles, so a promise
 * it drops is how such tests are written — whether its rejection fails the test depends on the
 * runner catching unhandled rejections (mocha does). A report-only finding there is `medium`
 * (issue 15's held-out-5: socket.io's tests).
 */
import type { CallExpression, Node, OptionalCallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';

const TEST_FUNCTIONS = new Set(['it', 'test', 'specify']);

/** `it`, `test.only`, `it.skip`, `specify` as a callee. */
function isTestCallee(callee: Node): boolean {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') return TEST_FUNCTIONS.has(node.name);
  if (node.type === 'MemberExpression') {
    const object = unwrapExpression(node.object);
    return object.type === 'Identifier' && TEST_FUNCTIONS.has(object.name) && getPropertyName(node) !== null;
  }
  return false;
}

/**
 * The innermost function around `path` written as an argument of a call `accept` takes (a test,
 * a hook, a zone wrapper), else `null`; `accept` also gets that function's path.
 */
export function findCallbackOf(
  path: NodePath,
  accept: (call: CallExpression | OptionalCallExpression, callback: NodePath) => boolean,
): NodePath | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') continue;
    const call = current.parent;
    if (current.key === 'arguments' && (call?.type === 'CallExpression' || call?.type === 'OptionalCallExpression') && accept(call, current)) return current;
  }
  return null;
}

/**
 * Hooks that take the same `done` callback as a test (mocha's BDD and TDD hooks, Jest's and
 * Jasmine's): `after((done) => { … })` ends when done() is called, and fails on its own timeout.
 */
const DONE_HOOK_FUNCTIONS = new Set(['before', 'after', 'beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'suiteSetup', 'suiteTeardown']);

/** `after`, `beforeEach`, … as a callee (not a member: `app.after(…)` is no hook). */
function isDoneHookCallee(callee: Node): boolean {
  const node = unwrapExpression(callee);
  return node.type === 'Identifier' && DONE_HOOK_FUNCTIONS.has(node.name);
}

/** Inside a test or a hook (`afterEach((done) => { … })`) whose callback's first parameter is `done`. */
export function isInDoneStyleTest(path: NodePath): boolean {
  const test = findCallbackOf(path, (call) => isTestCallee(call.callee as Node) || isDoneHookCallee(call.callee as Node));
  const first = (test?.node as { params?: Node[] } | undefined)?.params?.[0];
  return first?.type === 'Identifier' && first.name === 'done';
}

/**
 * Whether a chain dropped in a callback-style test ends in a one-argument `.then` whose callback
 * calls the test's `done` at its tail (`save(x).then(() => { expect(…); done(); })`,
 * `.then(done)`, `.then(() => done())`, or a last statement that is itself such a chain): a
 * rejection anywhere in the chain skips that callback, so done() is never called and the test
 * fails on its own timeout — the failure is reported, as a timeout. A callback that calls done
 * before more code (`done(); assert(…)`) does not count: a failing assertion after done() is lost,
 * as the test has passed. A chain that ends in `.finally(…)` calls done on a rejection too (the
 * test passes and the rejection is lost), and a `.then(a, b)` handles it: neither counts
 * (mattermost's query tests).
 */
export function endsInDoneCallback(expression: Node): boolean {
  const node = unwrapExpression(expression);
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(node.callee as Node);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  if (getPropertyName(callee) !== 'then' || node.arguments.length !== 1) return false;
  const callback = unwrapExpression(node.arguments[0] as Node);
  if (callback.type === 'Identifier') return callback.name === 'done';
  return isDoneAtTail(callback);
}

/** A function whose body ends by calling done (at the tail of every branch of a final `if`). */
function isDoneAtTail(fn: Node): boolean {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return false;
  return fn.body.type === 'BlockStatement' ? endsWithDoneStatement(fn.body) : endsWithDone(fn.body);
}

function endsWithDoneStatement(statement: Node | null | undefined): boolean {
  if (!statement) return false;
  if (statement.type === 'BlockStatement') return endsWithDoneStatement(statement.body[statement.body.length - 1]);
  if (statement.type === 'ExpressionStatement') return endsWithDone(statement.expression);
  if (statement.type === 'ReturnStatement') return statement.argument ? endsWithDone(statement.argument) : false;
  if (statement.type === 'IfStatement') return endsWithDoneStatement(statement.consequent) && endsWithDoneStatement(statement.alternate);
  return false;
}

/**
 * `done()` / `done(err)` / `done.fail()`, a chain that ends in a `.then` calling done at its tail,
 * or a call whose last argument is a callback that does (`observe(db).subscribe((v) => { …; done(); })`).
 */
function endsWithDone(expression: Node): boolean {
  const node = unwrapExpression(expression);
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(node.callee as Node);
  if (callee.type === 'Identifier' && callee.name === 'done') return true;
  if (callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'Identifier' && (unwrapExpression(callee.object) as { name: string }).name === 'done') return true;
  if (endsInDoneCallback(node)) return true;
  const last = node.arguments[node.arguments.length - 1];
  return last !== undefined && isDoneAtTail(unwrapExpression(last as Node));
}

const HOOK_FUNCTIONS = new Set(['beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'before', 'after', 'describe', 'suite']);

/** `it(…)`, `test.each([…])(…)`, `beforeEach(…)`, a suite with a modifier (`describe` then `skip` or `each`): a test, a hook or a suite. */
function isTestOrHookCall(call: CallExpression | OptionalCallExpression): boolean {
  const callee = unwrapExpression(call.callee as Node);
  // Case: `test.each([…])('name', (row) => { … })`
  if (callee.type === 'CallExpression' && isTestCallee(callee.callee as Node)) return true;
  if (isTestCallee(callee)) return true;
  const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
  return root.type === 'Identifier' && HOOK_FUNCTIONS.has(root.name);
}

/**
 * Whether code runs in a test's body or a hook (`it('…', () => { … })`, `beforeEach(…)`,
 * `describe(…)`), not in a helper function or a fixture page's script of the test folder: a
 * promise dropped there loses an assertion of that very test. Elsewhere in a test file, whether
 * it matters depends on the helper's callers (grist's browser-test helpers and fixture pages).
 */
export function isInTestOrHook(path: NodePath): boolean {
  return findCallbackOf(path, isTestOrHookCall) !== null;
}

/**
 * Whether code runs in a function that a test runner hands its assertion object as the first
 * parameter, named `assert`, and that uses it (`assert.equal(…)`, `assert(…)`) — in a test file,
 * or written where a runner takes it: QUnit's `QUnit.test('…', (assert) => { … })` (any test or
 * hook call), or a value of the object an exported `tests()` returns, test cases kept beside the
 * code they test (`export function tests() { return { 'parses a reply': async (assert) => { … } }; }`,
 * a Matrix client's runner collects them from its source files). Such a function is a test body
 * wherever its file lives: a dropped promise there loses a failed assertion as in a test file.
 * The parameter's name alone is no test: app code may take an `assert` function
 * (`export const migrate = (assert, db) => { … }`).
 */
export function isInAssertTest(path: NodePath, filename: string): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (!isFunctionNode(node)) continue;
    const first = (node as { params: Node[] }).params[0];
    if (first?.type !== 'Identifier' || first.name !== 'assert') continue;
    if (!usesAssert(current.child((node as { body: Node }).body, 'body'))) continue;
    if (isTestFilePath(filename) || isRunnerTestCase(current)) return true;
  }
  return false;
}

/** `fn` is written where a runner takes it: an argument of `QUnit.test(…)` / `test(…)` / a hook, or a value of the object an exported `tests()` returns. */
function isRunnerTestCase(fn: NodePath): boolean {
  const parent = fn.parent;
  // Case: `QUnit.test('…', (assert) => { … })`, `test('…', (assert) => { … })`
  if (fn.key === 'arguments' && (parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression')) {
    return getMemberChain(parent.callee as Node)?.startsWith('QUnit.') === true || isTestOrHookCall(parent);
  }
  // Case: `return { 'name': async (assert) => { … } }` or `{ async name(assert) { … } }`
  const objectPath = fn.node.type === 'ObjectMethod' ? fn.parentPath : parent?.type === 'ObjectProperty' && fn.key === 'value' ? fn.parentPath?.parentPath : null;
  if (objectPath?.node.type !== 'ObjectExpression') return false;
  let holder = objectPath.parentPath;
  // Case: `export const tests = () => ({ … })`
  if (holder && isFunctionNode(holder.node) && objectPath.key === 'body') return isExportedTestsFunction(holder);
  if (holder?.node.type !== 'ReturnStatement') return false;
  while (holder && !isFunctionNode(holder.node)) holder = holder.parentPath;
  return holder !== null && isExportedTestsFunction(holder);
}

/** `export function tests() { … }` / `export async function tests()` / `export const tests = () => …`. */
function isExportedTestsFunction(fn: NodePath): boolean {
  const node = fn.node;
  if (node.type === 'FunctionDeclaration') return node.id?.name === 'tests' && fn.parent?.type === 'ExportNamedDeclaration';
  const declarator = fn.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier' || declarator.id.name !== 'tests') return false;
  return fn.parentPath?.parentPath?.parent?.type === 'ExportNamedDeclaration';
}

/** `assert(…)` or `assert.x(…)` somewhere in `body`. */
function usesAssert(body: NodePath): boolean {
  let found = false;
  forEachDescendant(body, (path) => {
    if (found) return false;
    const node = path.node;
    if (node.type !== 'CallExpression') return undefined;
    const callee = unwrapExpression(node.callee as Node);
    const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
    if (root.type === 'Identifier' && root.name === 'assert') found = true;
    return undefined;
  });
  return found;
}
