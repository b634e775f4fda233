/**
 * Whether code runs inside a function given to Angular's zone test wrappers — `waitForAsync(…)`,
 * `fakeAsync(…)` or the old name `async(…)`, imported from `@angular/core/testing`
 * (`it('…', waitForAsync(() => { fixture.whenStable().then(() => expect(…)); }))`).
 * The wrapper runs the test in a zone that tracks every task started in it: `waitForAsync` ends
 * the test only when they are all done and fails it on an error in any of them (an unhandled
 * rejection included); `fakeAsync` flushes the microtasks before it returns and rethrows such an
 * error. A promise dropped there is waited for and its rejection fails the test, so it is no
 * finding (the held-out DSpace sample: 72 of 86 report-only findings in its specs).
 */
import type { CallExpression, Node, OptionalCallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { findCallbackOf } from './done-style-test';

const TESTING_MODULE = '@angular/core/testing';
const ZONE_WRAPPERS = new Set(['waitForAsync', 'fakeAsync', 'async']);

/** `waitForAsync` / `fakeAsync` imported from `@angular/core/testing` (or `testing.fakeAsync` of a namespace import). */
function isZoneWrapperCallee(path: NodePath, callee: Node): boolean {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') {
    const reference = resolveModuleReference(path, node.name);
    return reference !== null && reference.source === TESTING_MODULE && ZONE_WRAPPERS.has(reference.imported);
  }
  if (node.type === 'MemberExpression') {
    const object = unwrapExpression(node.object);
    const name = getPropertyName(node);
    if (object.type !== 'Identifier' || name === null || !ZONE_WRAPPERS.has(name)) return false;
    const reference = resolveModuleReference(path, object.name);
    return reference !== null && reference.source === TESTING_MODULE && reference.imported === '*';
  }
  return false;
}

export function isInAngularZoneTest(path: NodePath): boolean {
  const wrapped = (call: CallExpression | OptionalCallExpression, callback: NodePath): boolean =>
    (call.arguments as Node[])[0] === callback.node && isZoneWrapperCallee(callback, call.callee as Node);
  return findCallbackOf(path, wrapped) !== null;
}
