/**
 * A dropped call whose name says it is a check (`assertEnvelopeMutable(envelope)`,
 * `authorizeOwner(user)`, `this.verifyToken(t)`, `validateInput(body)`): its rejection is the
 * control flow — the check stops the work that follows. Dropped, the work goes on whatever the
 * check finds, and a `.catch` that logs would silence it for good. The fix is `await`, never a
 * fire-and-forget handler.
 *
 * Real-world: a document-signing app called an async `assertEnvelopeMutable(envelope)` without
 * `await` before eight mutations; every check ran after the mutation had started and its
 * rejection went unhandled.
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

/**
 * `assert…`, `verify…`, `validate…`, `guard…`, `authorize…`, `throwIf…` as a whole word of a
 * camelCase name. Not `ensure…`: it mostly makes sure something is there (`ensureTranslation`,
 * `ensureDir`) — a loader, whose fire-and-forget fix keeps the meaning.
 */
const GUARD_NAME = /^(?:assert|verify|validate|guard|authori[sz]e|throwIf|throwUnless)(?:[A-Z0-9_$]|$)/;

/** The callee's name when the call is such a check, else `null`. */
export function getGuardCallName(expression: Node): string | null {
  const call = unwrapExpression(expression);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(call.callee as Node);
  const name =
    callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? getPropertyName(callee) : null;
  return name !== null && GUARD_NAME.test(name) ? name : null;
}
