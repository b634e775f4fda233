/**
 * Walks down from a known NodePath, handing out paths whose parent chain reaches the real
 * root (so scope lookups from them see every enclosing scope). Rules walk the tree once
 * through the engine; analysis helpers use this to look inside one scope or one class.
 */
import type { Node } from '@babel/types';
import { forEachDescendantPath, type NodePath } from '../../core/traverse';

/**
 * Calls `enter` for every descendant of `root` (not `root` itself), depth first in source
 * order. When `enter` returns `false` the children of that node are skipped.
 */
export function forEachDescendant(root: NodePath, enter: (path: NodePath) => boolean | void): void {
  forEachDescendantPath(root, enter);
}

/**
 * The path of `node` at or below `root`, or `null` when `node` is not in that subtree. The walk
 * goes down only through nodes whose source range holds `node`'s (a path for each node on the
 * way and its siblings, not for the whole subtree); the rare tree where a node lies outside its
 * parent's range gets the whole walk.
 */
export function findDescendantPath(root: NodePath, node: Node): NodePath | null {
  if (root.node === node) return root;
  const start = node.start;
  const end = node.end;
  if (typeof start === 'number' && typeof end === 'number') {
    let inRange: NodePath | null = null;
    forEachDescendant(root, (path) => {
      if (inRange) return false;
      if (path.node === node) {
        inRange = path;
        return false;
      }
      const { start: from, end: to } = path.node;
      return typeof from !== 'number' || typeof to !== 'number' || (from <= start && end <= to) ? undefined : false;
    });
    if (inRange) return inRange;
  }
  let found: NodePath | null = null;
  forEachDescendant(root, (path) => {
    if (found) return false;
    if (path.node !== node) return undefined;
    found = path;
    return false;
  });
  return found;
}
