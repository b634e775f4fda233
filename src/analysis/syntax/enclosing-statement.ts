/**
 * The statement an acquisition is part of, when that statement sits in a statement list (so code
 * can go right before and after it). Its own module so that owner resolvers and release places
 * can share it without importing each other.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isFunctionNode } from './scope';

const STATEMENT_LISTS = new Set(['BlockStatement', 'Program', 'StaticBlock', 'SwitchCase']);

/**
 * The statement the acquisition is part of, when that statement sits in a statement list (so
 * code can go right before and after it); `null` for `if (x) setInterval(...)` and the like.
 */
export function getEnclosingStatement(path: NodePath): NodePath | null {
  for (let current: NodePath | null = path; current; current = current.parentPath) {
    if (current !== path && isFunctionNode(current.node)) return null;
    if (isStatement(current.node)) {
      return current.parentPath && STATEMENT_LISTS.has(current.parentPath.node.type) && current.index !== null ? current : null;
    }
  }
  return null;
}

function isStatement(node: Node): boolean {
  return node.type.endsWith('Statement') || node.type === 'VariableDeclaration';
}
