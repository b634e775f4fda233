/**
 * A wait in a test's callback or hook, in a file the path does not mark as a test (jasmine's
 * `spec/support/…` helpers, a `describe` block in a helper module):
 *
 *   beforeAll(async () => {
 *     appProcess = spawn('npm', ['run', 'start-test-server']);
 *     await new Promise((resolve) => appProcess.stdout.on('data', (d) => { if (ready(d)) resolve(); }));
 *   });
 *
 * The test runner's timeout for the hook or the test ends a wait that hangs there, as in a test
 * file (trilium's ETAPI spec helper: doubtful at `high`): a report-only finding is `medium`. The
 * callback is a function handed to a global `describe`, `it`, `test`, `beforeAll`, `beforeEach`,
 * `afterAll`, `afterEach`, `before` or `after` (also a member of one: `it.concurrent(…)`, `test.sequential(…)`), with
 * no binding of that name in the file.
 */
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode, isGlobalReference } from '../../src/analysis/syntax/scope';

const TEST_CALLS = new Set(['describe', 'it', 'test', 'beforeAll', 'beforeEach', 'afterAll', 'afterEach', 'before', 'after']);

export function isInTestCallback(path: NodePath): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (!isFunctionNode(current.node) || current.key !== 'arguments') continue;
    const call = current.parent;
    if (call?.type !== 'CallExpression') continue;
    let callee = unwrapExpression(call.callee);
    // Case: `it.concurrent(…)`, `test.sequential(…)`; `describe.each(table)(…)` is not followed
    if (callee.type === 'MemberExpression' && !callee.computed && getPropertyName(callee) !== null) callee = unwrapExpression(callee.object);
    if (callee.type === 'Identifier' && TEST_CALLS.has(callee.name) && isGlobalReference(current, callee.name)) return true;
  }
  return false;
}
