/** Searches a block's own code: what runs when the block runs, not the functions it only defines. */
import type { Node } from '@babel/types';
import { forEachChildNode } from '../../core/traverse';
import { isFunctionNode } from './scope';

/** Some node in `block` (outside nested functions) passes `test`. */
export function someInOwnCode(block: Node, test: (node: Node) => boolean): boolean {
  let found = false;
  const visit = (node: Node): void => {
    if (found) return;
    if (test(node)) {
      found = true;
      return;
    }
    if (isFunctionNode(node)) return;
    forEachChildNode(node, (child) => visit(child));
  };
  visit(block);
  return found;
}
