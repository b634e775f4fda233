/**
 * Walks down from a known NodePath, handing out paths whose parent chain reaches the real
 * root (so scope lookups from them see every enclosing scope). Rules walk the tree once
 * through the engine; analysis helpers use this to look inside one scope or one class.
 */
import type { Node } from '@babel/types';
import { NodePath } from '../engine/traverse';

const SKIPPED_KEYS = new Set(['type', 'start', 'end', 'loc', 'range', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'comments', 'tokens', 'errors']);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Calls `enter` for every descendant of `root` (not `root` itself), depth first in source
 * order. When `enter` returns `false` the children of that node are skipped.
 */
export function forEachDescendant(root: NodePath, enter: (path: NodePath) => boolean | void): void {
  const visitChildren = (path: NodePath): void => {
    const node = path.node as unknown as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          if (isNode(item)) {
            const child = new NodePath(item, path, key, i);
            if (enter(child) !== false) visitChildren(child);
          }
        }
      } else if (isNode(value)) {
        const child = new NodePath(value, path, key, null);
        if (enter(child) !== false) visitChildren(child);
      }
    }
  };
  visitChildren(root);
}
