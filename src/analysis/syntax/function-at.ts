/**
 * The function node that starts at an offset of a program: how a project-phase question names a
 * function across files (a plan records the function's start; the answer opens the file again).
 */
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from './descendants';
import { isFunctionNode } from './scope';

/** The function starting exactly at `start` in `program`, or `null`. Walks only the nodes that contain `start`. */
export function findFunctionAt(program: NodePath, start: number): NodePath | null {
  let found: NodePath | null = null;
  forEachDescendant(program, (path) => {
    if (found || path.node.start! > start || path.node.end! <= start) return false;
    if (path.node.start === start && isFunctionNode(path.node)) found = path;
    return undefined;
  });
  return found;
}
