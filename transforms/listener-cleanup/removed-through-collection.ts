/**
 * listener-cleanup: a listener removed through the array its target was collected in. Next to
 * the registration the target goes into an array, and a loop over that array removes the same
 * listener from every item (joplin's note list items, in a React effect):
 *
 *   input.addEventListener('change', onChange);
 *   processed.push(input);
 *   …
 *   for (const input of processed) input.removeEventListener('change', onChange);
 *   // or: processed.forEach((input) => input.removeEventListener('change', onChange))
 *
 * The array is the same value at both places (the same binding, or the same `this.processed`
 * of one class instance or Vue component), so the removal may sit wherever the removals of the
 * file count — the effect's cleanup, `componentWillUnmount`, `ngOnDestroy`, `dispose()`, a Vue
 * `onUnmounted` or `beforeUnmount`. The removal is matched as a direct one is (same event, same
 * handler, same capture flag), with the loop variable for the target.
 */
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import type { ListenerCall } from './listener-call';
import { isSameListenerOnTarget } from './listener-release-match';
import { getLoopItemSource, isSameValue } from './same-value';

/**
 * The arrays `target` (a name) is pushed into in the block of the registration, not counting
 * nested functions: `processed` of `processed.push(input)`, `this.processed` of
 * `this.processed.push(input)`.
 */
function getCollectingArrays(add: ListenerCall, target: NodePath): NodePath[] {
  const name = (target.node as { name: string }).name;
  const binding = findBinding(target, name);
  const block = add.call.findParent((path) => path.node.type === 'BlockStatement');
  if (!binding || !block) return [];
  const arrays: NodePath[] = [];
  forEachDescendant(block, (path) => {
    const node = path.node;
    if (isFunctionNode(node)) return false;
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || getPropertyName(node.callee) !== 'push') return undefined;
    const pushed = node.arguments.some((argument, index) => argument.type === 'Identifier' && argument.name === name && findBinding(path.child(argument, 'arguments', index), name) === binding);
    if (pushed) arrays.push(path.child(node.callee, 'callee').child(node.callee.object, 'object'));
    return undefined;
  });
  return arrays;
}

/** Some removal in `removes` is made on each item of an array `add`'s target was pushed into, and removes the same listener. */
export function isRemovedThroughCollection(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  if (!add.target || (add.family !== 'event-listener' && add.family !== 'emitter-listener')) return false;
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier') return false;
  const candidates = removes.filter((remove) => remove.target !== null && isSameListenerOnTarget(add, remove));
  if (candidates.length === 0) return false;
  const arrays = getCollectingArrays(add, target);
  return candidates.some((remove) => {
    const iterable = getLoopItemSource(remove.target!);
    return iterable !== null && arrays.some((array) => isSameValue(array, iterable));
  });
}
