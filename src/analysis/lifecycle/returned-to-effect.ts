/**
 * Whether a value is returned by the callback of an effect or mount hook
 * (`useEffect(() => setInterval(...))`, `useEffect(() => { return el.addEventListener(...); })`,
 * `onMounted(() => setInterval(...))`): the framework receives it and drops it — React and
 * Svelte take only a returned function as the cleanup, Vue and Solid ignore the value — so a
 * timer id or a registration's `undefined` returned there is still a leak, not a handle the
 * caller owns. Both the expression body and a `return` in a block body count; a `return` in a
 * function nested inside the callback does not. Shared by timer-cleanup and listener-cleanup.
 */
import type { NodePath } from '../../core/traverse';
import { resolveLifecycleCallback } from './lifecycle-callback';
import { isFunctionNode } from '../syntax/scope';

export function isReturnedToEffect(expression: NodePath, effectHooks: readonly string[] = []): boolean {
  // Case: `() => value` — the expression body; otherwise the function whose `return` this is.
  const fn = expression.parent?.type === 'ArrowFunctionExpression' ? expression.parentPath : expression.findParent((p) => isFunctionNode(p.node));
  return fn !== null && fn !== undefined && resolveLifecycleCallback(fn, { effectHooks }) !== null;
}
