/**
 * The tests an `if`, `?:`, `&&` or `||` puts around a node within its function: what must hold
 * for the node to run at all (`if (emblaApi) emblaApi.on(…)`, `if (globalThis.requestIdleCallback)
 * requestIdleCallback(…)`). A release written elsewhere does not run under them, so a rule that
 * writes one asks what they test.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isFunctionNode } from './scope';

/** The tests around `path`, innermost first, up to its function. */
export function getGuardTests(path: NodePath): Node[] {
  const tests: Node[] = [];
  let child: NodePath = path;
  for (let current = path.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    if (isFunctionNode(node)) break;
    if ((node.type === 'IfStatement' || node.type === 'ConditionalExpression') && child.node !== node.test) tests.push(node.test);
    if (node.type === 'LogicalExpression' && (node.operator === '&&' || node.operator === '||') && child.node === node.right) tests.push(node.left);
  }
  return tests;
}
