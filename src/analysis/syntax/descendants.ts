/**
 * Walks down from a known NodePath, handing out paths whose parent chain reaches the real
 * root (so scope lookups from them see every enclosing scope). Rules walk the tree once
 * through the engine; analysis helpers use this to look inside one scope or one class.
 */
import type { Node } from '@babel/types';
import { forEachChildNode, NodePath } from '../../core/traverse';

/**
 * Calls `enter` for every descendant of `root` (not `root` itself), depth first in source
 * order. When `enter` returns `false` the children of that node are skipped.
 */
export function forEachDescendant(root: NodePath, enter: (path: NodePath) => boolean | void): void {
  const visitChildren = (path: NodePath): void => {
    forEachChildNode(path.node, (node, key, index) => {
      const child = new NodePath(node, path, key, index);
      if (enter(child) !== false) visitChildren(child);
    });
  };
  visitChildren(root);
}

/** The path of `node` at or below `root`, or `null` when `node` is not in that subtree. */
export function findDescendantPath(root: NodePath, node: Node): NodePath | null {
  if (root.node === node) return root;
  let found: NodePath | null = null;
  forEachDescendant(root, (path) => {
    if (found) return false;
    if (path.node !== node) return undefined;
    found = path;
    return false;
  });
  return found;
}
