/**
 * Whether the owner calls `clear()`, with no arguments, on the very object a listener is on:
 * `widgetEmitter.on(EXECUTE_CAMPAIGN, …)` in a class whose `destroy()` calls
 * `widgetEmitter.clear()`. On a small hand-written emitter (or tiny-emitter and its kin) that
 * drops every handler, and the listener is released; on a chart or a terminal (`chart.clear()`,
 * `term.clear()`) it wipes what is shown and leaves the listeners. The name alone cannot tell the
 * two apart, so the finding stays, `medium` (confidence.ts): never dropped, never `high`.
 *
 * The call counts where the owner's code is: anywhere in the class for a class owner, anywhere in
 * the owner's function otherwise — the same places closed-target.ts searches for a close.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { unwrapPath } from '../../src/core/node-helpers';
import { isSameValue } from './same-value';

export function isClearedByOwner(target: NodePath | null, owner: OwnerScope): boolean {
  if (!target || owner.kind === 'none' || owner.kind === 'module') return false;
  const region = owner.classOwner?.classPath ?? owner.scope;
  let cleared = false;
  forEachDescendant(region, (path) => {
    if (cleared) return false;
    const node = path.node;
    if ((node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') || node.arguments.length !== 0) return undefined;
    const callee = unwrapPath(path.child(node.callee as Node, 'callee'));
    if ((callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') || getPropertyName(callee.node) !== 'clear') return undefined;
    if (isSameValue(unwrapPath(callee.child(callee.node.object, 'object')), unwrapPath(target))) cleared = true;
    return undefined;
  });
  return cleared;
}
