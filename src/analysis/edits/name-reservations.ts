/**
 * The names one pass of a rule has already given to new declarations, per scope — so two fixes
 * in the same function never both declare `intervalId`. A rule makes one per file (in `create`)
 * and hands it to every builder that names something (getUniqueIdentifier's `reserved`).
 */
import type { Node } from '@babel/types';

/** Names already taken in a scope (the scope's node is the key); the set grows as fixes take names. */
export type NameReservations = (scope: Node) => Set<string>;

export function createNameReservations(): NameReservations {
  const reserved = new Map<Node, Set<string>>();
  return (scope) => {
    let names = reserved.get(scope);
    if (!names) reserved.set(scope, (names = new Set()));
    return names;
  };
}
