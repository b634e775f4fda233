/**
 * Whether an expression reads a Vue Options-API template ref: `this.$refs.list`,
 * `this.$refs['list']`, `this.$refs.items[0]`. A ref read again in `beforeUnmount` may be
 * empty by then (a `v-if` that turned false), so a removal that reads it again uses `?.`.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { unwrapPath } from '../../src/core/node-helpers';

export function isTemplateRefChain(path: NodePath): boolean {
  let node: Node = unwrapPath(path).node;
  let previous: Node | null = null;
  while (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    previous = node;
    node = node.object;
  }
  // Case: the innermost member is `this.$refs`, and something is read off it.
  return node.type === 'ThisExpression' && previous !== null && previous !== unwrapPath(path).node && getPropertyName(previous as Extract<Node, { type: 'MemberExpression' }>) === '$refs';
}
