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
