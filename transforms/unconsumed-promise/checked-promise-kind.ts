/**
 * The type checker's word on a dropped value, where the syntactic reading
 * (promise-expression.ts) does not know it or knows it only as a `.then` chain: a method of an
 * imported class, a function declared in another file or a package, a path alias. Without a
 * type layer (`--no-types`, `.vue`/`.svelte`, no program) the syntactic answer stands.
 *
 * Only calls and `new` expressions (or the start of a `.then`/`.finally` chain) are asked
 * about: a dropped identifier or member read is not work started by the statement.
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { ProjectQueries } from '../../src/core/rule';
import type { PromiseKind } from './promise-expression';

/** `maybe`: a union of a promise and a non-promise (`Promise<void> | undefined`): no fix. */
export type CheckedPromiseKind = PromiseKind | 'maybe';

const CALLS = new Set(['CallExpression', 'OptionalCallExpression', 'NewExpression']);

export function withCheckedPromiseKind(syntactic: PromiseKind | null, expression: Node, project: ProjectQueries): CheckedPromiseKind | null {
  if (syntactic === 'known' || !project.types) return syntactic;
  const whole = unwrapExpression(expression);
  const node = chainStart(whole);
  // Case: `ready.then(run)` where `ready` is a `Promise` variable: a chain's start may be any value
  if (!node || (node === whole && !CALLS.has(node.type))) return syntactic;
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

/**
 * What the checker is asked about: the call itself, or for a `.then(ok)` / `.finally(f)`
 * chain the value the chain starts from (the chain is as much a promise as its start). `null`
 * where the rejection is handled (`.catch(h)`, `.then(ok, err)` at the end): the checker's
 * `Promise` there is not a finding.
 */
function chainStart(node: Node): Node | null {
  let current = node;
  for (;;) {
    if (current.type !== 'CallExpression' && current.type !== 'OptionalCallExpression') return current;
    const callee = unwrapExpression(current.callee);
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return current;
    const method = getPropertyName(callee);
    if (method === 'catch' || (method === 'then' && current.arguments.length >= 2)) return null;
    if (method !== 'then' && method !== 'finally') return current;
    current = unwrapExpression(callee.object);
  }
}
