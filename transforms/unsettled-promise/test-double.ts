/**
 * Is a function the implementation of a test double — what a mocked function does when the
 * code under test calls it? `vi.fn(impl)`, `jest.fn(impl)`, `….mockImplementation(impl)`,
 * `….mockImplementationOnce(impl)` (Vitest, Jest), sinon's `….callsFake(impl)`. Such a function
 * stands in for real code the way the test chooses: a fake that sleeps and ignores the signal it
 * is handed simulates work that does not stop on abort, and the test is about how the caller
 * copes with that (lobe-chat's MCP store test cancels an install while its mocked check sleeps).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';

const DOUBLE_FACTORIES = new Set(['vi.fn', 'jest.fn']);
const IMPLEMENTATION_METHODS = new Set(['mockImplementation', 'mockImplementationOnce', 'callsFake']);

/** `fn` (a function node's path) is passed as a test double's implementation. */
export function isTestDoubleImplementation(fn: NodePath): boolean {
  let value: NodePath = fn;
  while (value.parentPath && ['TSAsExpression', 'TSSatisfiesExpression', 'ParenthesizedExpression', 'TypeCastExpression'].includes(value.parentPath.node.type)) value = value.parentPath;
  const call = value.parentPath?.node;
  if (!call || (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') || value.key !== 'arguments' || value.index !== 0) return false;
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
    const name = getPropertyName(callee);
    if (name !== null && IMPLEMENTATION_METHODS.has(name)) return true;
    const chain = getMemberChain(callee);
    return chain !== null && DOUBLE_FACTORIES.has(chain);
  }
  return false;
}

/** The nearest function around `path` is a test double's implementation. */
export function isInTestDoubleImplementation(path: NodePath): boolean {
  const fn = path.findParent((parent) => isFunctionNode(parent.node));
  return fn !== null && isTestDoubleImplementation(fn);
}
