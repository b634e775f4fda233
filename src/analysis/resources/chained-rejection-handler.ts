/**
 * Where a promise's rejection goes through its own chain: walking up from the promise at `path`
 * through `.then(ok)` and `.finally(f)` calls chained on it (and `as` / `!` / parentheses around
 * any link), the first `.catch(handler)` or `.then(ok, handler)` reached is its handler.
 * `end` is the outermost link when the chain just stops (the value is awaited, returned, kept,
 * dropped): where a caller goes on to look for a `try` that awaits it. Both are `null` when the
 * chain goes into another method (`.pipe(…)`, a `.catch()` with no handler).
 *
 * One walk for the questions rules ask of it: unsettled-promise (is the abort the fix adds
 * handled?) and listener-cleanup (does the request's handler report an abort?).
 */
import type { Node } from '@babel/types';
import { isValueWrapper } from '../../core/node-helpers';
import type { NodePath } from '../../core/traverse';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';

export interface ChainedRejection {
  /** The handler function (or whatever value is passed as one), or `null` when none is reached. */
  readonly handler: Node | null;
  /** The outermost link of a chain that reaches no handler and no other method; else `null`. */
  readonly end: NodePath | null;
}

export function findChainedRejectionHandler(path: NodePath): ChainedRejection {
  let current: NodePath = path;
  for (;;) {
    while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
    const member = current.parentPath;
    if (!member || (member.node.type !== 'MemberExpression' && member.node.type !== 'OptionalMemberExpression') || member.node.object !== current.node) return { handler: null, end: current };
    let callee: NodePath = member;
    while (callee.parentPath && isValueWrapper(callee.parentPath.node)) callee = callee.parentPath;
    const call = callee.parentPath;
    if (!call || (call.node.type !== 'CallExpression' && call.node.type !== 'OptionalCallExpression') || unwrapExpression(call.node.callee) !== member.node) return { handler: null, end: current };
    const method = getPropertyName(member.node);
    const args = call.node.arguments;
    if (method === 'catch' && args[0]) return { handler: args[0], end: null };
    if (method === 'then' && args[1]) return { handler: args[1], end: null };
    if (method !== 'then' && method !== 'finally') return { handler: null, end: null };
    current = call;
  }
}
