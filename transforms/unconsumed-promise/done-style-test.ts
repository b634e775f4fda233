/**
 * Whether code runs inside a callback-style test (`it('…', (done) => { … })`, mocha's
 * convention): the test ends when `done()` is called, not when a promise settles, so a promise
 * it drops is how such tests are written — whether its rejection fails the test depends on the
 * runner catching unhandled rejections (mocha does). A report-only finding there is `medium`
 * (issue 15's held-out-5: socket.io's tests).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';

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

export function isInDoneStyleTest(path: NodePath): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (!isFunctionNode(node) || (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression')) continue;
    const call = current.parent;
    if (current.key !== 'arguments' || (call?.type !== 'CallExpression' && call?.type !== 'OptionalCallExpression') || !isTestCallee(call.callee as Node)) continue;
    const [first] = node.params;
    return first?.type === 'Identifier' && first.name === 'done';
  }
  return false;
}

const HOOK_FUNCTIONS = new Set(['beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'before', 'after', 'describe', 'suite']);

/**
 * Whether code runs in a test's body or a hook (`it('…', () => { … })`, `beforeEach(…)`,
 * `describe(…)`), not in a helper function or a fixture page's script of the test folder: a
 * promise dropped there loses an assertion of that very test. Elsewhere in a test file, whether
 * it matters depends on the helper's callers (grist's browser-test helpers and fixture pages).
 */
export function isInTestOrHook(path: NodePath): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (!isFunctionNode(node) || (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression')) continue;
    const call = current.parent;
    if (current.key !== 'arguments' || (call?.type !== 'CallExpression' && call?.type !== 'OptionalCallExpression')) continue;
    const callee = unwrapExpression(call.callee as Node);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'Identifier' ? (unwrapExpression(callee.object) as { name: string }).name : null;
    // Case: `test.each([…])('name', (row) => { … })`
    const each = callee.type === 'CallExpression' && isTestCallee(callee.callee as Node);
    if (each || isTestCallee(call.callee as Node) || (name !== null && HOOK_FUNCTIONS.has(name))) return true;
  }
  return false;
}
