/**
 * Whether code runs inside a callback-style test (`it('…', (done) => { … })`, mocha's
 * convention): the test ends when `done()` is called, not when a promise settles, so a promise
 * it drops is how such tests are written — whether its rejection fails the test depends on the
 * runner catching unhandled rejections (mocha does). A report-only finding there is `medium`
 * (issue 15's held-out-5: socket.io's tests).
 */
import type { CallExpression, Node, OptionalCallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

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

export function isInDoneStyleTest(path: NodePath): boolean {
  const test = findCallbackOf(path, (call) => isTestCallee(call.callee as Node));
  const first = (test?.node as { params?: Node[] } | undefined)?.params?.[0];
  return first?.type === 'Identifier' && first.name === 'done';
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
