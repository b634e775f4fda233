/**
 * The drag-handler pattern: a handler is stored (`state.onMove = onMove`, an entry
 * `{ event, callback: wrapped }` pushed to a list) and later removed through what was stored
 * (`window.removeEventListener('pointermove', state.onMove)`,
 * `emitter.removeListener(entry.event, entry.callback)`). That removal cannot be proven to
 * match (it reads the handler back from a store), but the code removes the listener through
 * it; a rule that reports only what nothing removes stays quiet.
 *
 * Counts when the handler is a local binding stored under a property name, and a removal of
 * the same target passes a handler read from a property of that name, for the same event (or
 * an event read from a store too).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../engine/traverse';
import { forEachDescendant } from './descendants';
import { getPropertyName } from './expressions';
import { findAncestorPath, isValueReference } from './handle-usage';
import type { ListenerCall } from './listener-call';
import { isSameListenerTarget } from './listener-release-match';
import { isSameValue, unwrapPath } from './same-value';
import { findBinding } from './scope';

const MEMBER_TYPES = new Set(['MemberExpression', 'OptionalMemberExpression']);

/** The property names the handler's binding is stored under (`x.onMove = h`, `{ callback: h }`). */
function getStoredNames(handler: NodePath): Set<string> {
  const names = new Set<string>();
  const node = handler.node;
  if (node.type !== 'Identifier') return names;
  const binding = findBinding(handler, node.name);
  const scope = binding ? findAncestorPath(handler, binding.scope) : null;
  if (!binding || !scope || binding.scope.type === 'Program') return names;
  forEachDescendant(scope, (path) => {
    const reference = path.node;
    if (reference.type !== 'Identifier' || reference.name !== node.name || !isValueReference(path) || findBinding(path, node.name) !== binding) return;
    const parent = path.parent;
    // Case: `pointerState.onMove = onMove`
    if (parent?.type === 'AssignmentExpression' && path.key === 'right' && MEMBER_TYPES.has(parent.left.type)) {
      const name = getPropertyName(parent.left as Node & { type: 'MemberExpression' });
      if (name) names.add(name);
    }
    // Case: `{ event, callback: wrapped }`, `{ onMove }`
    if (parent?.type === 'ObjectProperty' && path.key === 'value' && !parent.computed) {
      const key = parent.key.type === 'Identifier' ? parent.key.name : parent.key.type === 'StringLiteral' ? parent.key.value : null;
      if (key) names.add(key);
    }
  });
  return names;
}

/** `state.onMove`, `entry.callback!`: a value read from a property named in `names`. */
function isReadFromStore(path: NodePath | null, names: ReadonlySet<string>): boolean {
  if (!path) return false;
  const node = unwrapPath(path).node;
  return MEMBER_TYPES.has(node.type) && names.has(getPropertyName(node as Node & { type: 'MemberExpression' }) ?? '');
}

export function isReleasedThroughStore(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  if (!add.handler) return false;
  const names = getStoredNames(unwrapPath(add.handler));
  if (names.size === 0) return false;
  return removes.some((remove) => {
    if (remove.family !== add.family || !isSameListenerTarget(add.target, remove.target) || !isReadFromStore(remove.handler, names)) return false;
    if (!add.event || !remove.event) return add.event === remove.event;
    return isSameValue(add.event, remove.event) || MEMBER_TYPES.has(unwrapPath(remove.event).node.type);
  });
}
