/**
 * listener-cleanup: code a React function component runs once per mount — directly in an effect
 * with an empty dependency list (`useEffect(fn, [])`, `useLayoutEffect(fn, [])`), with nothing
 * but run-once callbacks (a promise reaction, a one-shot timer) in between:
 *
 *   function Footer() {
 *     useEffect(() => { eventBus.on('SONGS_UPDATED', refresh) }, [])   // once per mount
 *   }
 *
 * The React form of vue-mount-time.ts, held to the same policy (docs/rules/listener-cleanup.md,
 * "Confidence"): a listener it adds on an object that outlives every component piles up only if
 * the component is mounted again, which the components that render it decide, not this file.
 * Not an effect with dependencies (it runs again in one mount, whenever they change) or with
 * none (at every render), not a loop, not a custom hook (`useX()`: made to be called by many
 * components, as a Vue composable), and not an effect passed no function written in place.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isRunOnceCallback } from '../../src/analysis/syntax/run-once-callback';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { getDefinedName } from '../../src/analysis/syntax/function-name';

/** Whether the acquisition runs once per mount of a React function component (see the module comment). */
export function isReactMountTimeAcquisition(owner: OwnerScope): boolean {
  if (owner.kind !== 'react-effect' || !owner.lifecycle || owner.inLoop || !owner.nested.every((fn) => isRunOnceCallback(fn))) return false;
  const dependencies = owner.lifecycle.call.node.arguments[1];
  const list = dependencies ? unwrapExpression(dependencies as Node) : null;
  if (list?.type !== 'ArrayExpression' || list.elements.length !== 0) return false;
  return !isInCustomHook(owner.lifecycle.call);
}

/** The effect is called in a function named like a hook (`useReduceMotion`), not a component. */
function isInCustomHook(call: NodePath): boolean {
  let fn: NodePath | null = call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  if (!fn) return false;
  const defined = getDefinedName(fn);
  return defined !== null && /^use[A-Z0-9]/.test(defined.name);
}
