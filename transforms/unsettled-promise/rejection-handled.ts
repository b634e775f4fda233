/**
 * Whether a rejection of the promise at `path` reaches a handler through its own chain:
 * `wait.then(…).catch(…)`, `wait.then(ok, fail)`, `.finally(…)` in between. A wait the fix makes
 * reject on a cleanup's abort is `auto` only when that rejection is handled: an unhandled
 * AbortError after unmount is a new error report.
 */
import { isValueWrapper } from '../../src/core/node-helpers';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

export function isRejectionHandled(path: NodePath): boolean {
  let current: NodePath = path;
  for (;;) {
    while (current.parentPath && current.parent && isValueWrapper(current.parent)) current = current.parentPath;
    const member = current.parent;
    const call = current.parentPath?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current.node || call?.type !== 'CallExpression' || unwrapExpression(call.callee) !== member) return false;
    const name = getPropertyName(member);
    if (name === 'catch' && call.arguments.length > 0) return true;
    if (name === 'then' && call.arguments.length > 1) return true;
    if (name !== 'then' && name !== 'finally') return false;
    current = current.parentPath!.parentPath!;
  }
}
