/**
 * The type checker's word on a dropped value, where the syntactic reading
 * (promise-expression.ts) does not know it or knows it only as a `.then` chain: a method of an
 * imported class, a function declared in another file or a package, a path alias. Without a
 * type layer (`--no-types`, `.vue`/`.svelte`, no program) the syntactic answer stands.
 *
 * Only calls and `new` expressions are asked about: a dropped identifier or member read is not
 * work started by the statement.
 */
import type { Node } from '@babel/types';
import { unwrapExpression } from '../../src/analysis/expressions';
import type { ProjectQueries } from '../../src/engine/rule';
import type { PromiseKind } from './promise-expression';

/** `maybe`: a union of a promise and a non-promise (`Promise<void> | undefined`): no fix. */
export type CheckedPromiseKind = PromiseKind | 'maybe';

const CALLS = new Set(['CallExpression', 'OptionalCallExpression', 'NewExpression']);

export function withCheckedPromiseKind(syntactic: PromiseKind | null, expression: Node, project: ProjectQueries): CheckedPromiseKind | null {
  if (syntactic === 'known' || !project.types) return syntactic;
  const node = unwrapExpression(expression);
  if (!CALLS.has(node.type)) return syntactic;
  switch (project.types.promiseLike(node)) {
    case 'promise':
      return 'known';
    case 'thenable':
      return 'chain';
    case 'maybe':
      return syntactic ?? 'maybe';
    case 'none':
      // Case: `cy.get(…).then(…)`-like chains the checker knows are not thenables
      return syntactic === 'chain' ? null : syntactic;
    default:
      return syntactic;
  }
}
