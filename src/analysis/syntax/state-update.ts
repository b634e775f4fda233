/**
 * A call that keeps state other code reads, by its shape: a React state setter (`setItems(…)`,
 * `this.setState(…)`) or a store update (`dispatch(…)`, `commit(…)`). fetch-timeout asks it of a
 * dropped request's callbacks (while the request hangs, that state — a spinner, a busy flag —
 * waits too: unwaited-request.ts); unconsumed-promise of a check-named call that answers by
 * recording its result (guard-call.ts).
 */
import type { Node } from '@babel/types';

const SETTER_NAME = /^set[A-Z]/;
const STORE_UPDATES: ReadonlySet<string> = new Set(['dispatch', 'commit']);

export function isStateUpdateCall(callee: Node): boolean {
  if (callee.type === 'Identifier') return SETTER_NAME.test(callee.name) || STORE_UPDATES.has(callee.name);
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'setState';
}
