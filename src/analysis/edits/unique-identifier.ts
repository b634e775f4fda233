/**
 * A fresh, readable name for a new variable: `intervalId`, then `intervalId2`, `intervalId3`,
 * ... — one that no binding in scope has, that nothing inside the declaring scope refers to
 * (a new declaration must not capture an existing reference or be shadowed by an inner one),
 * and that no other fix of the same pass has taken.
 */
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../core/traverse';
import { findBinding } from '../syntax/scope';

const namesCache = new WeakMap<Node, Set<string>>();

/** Every identifier-like name written anywhere inside `node` (variables, JSX names, labels, properties). */
function getNamesInside(node: Node): Set<string> {
  let names = namesCache.get(node);
  if (names) return names;
  const found = new Set<string>();
  forEachNode(node, (current) => {
    if (current.type === 'Identifier' || current.type === 'JSXIdentifier') found.add(current.name);
  });
  namesCache.set(node, (names = found));
  return names;
}

export interface UniqueIdentifierRequest {
  /** The preferred name (`intervalId`). */
  base: string;
  /** The scope the new declaration goes in (a function, block or Program path). */
  scope: NodePath;
  /** Names other fixes of this pass have already taken in that scope; the result is added to it. */
  reserved?: Set<string>;
}

export function getUniqueIdentifier({ base, scope, reserved }: UniqueIdentifierRequest): string {
  const inside = getNamesInside(scope.node);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (reserved?.has(candidate) || inside.has(candidate) || findBinding(scope, candidate)) continue;
    reserved?.add(candidate);
    return candidate;
  }
}
