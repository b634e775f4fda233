/**
 * listener-cleanup: a handler that adds itself to the object it is handed — `#onAttached =
 * (session) => { …; session.on('attached', this.#onAttached); }`, registered on the root the
 * same way (puppeteer's page: every session it attaches to reports its own child sessions to the
 * same handler). That is a walk over a tree of objects as they appear: one listener per object,
 * on the object the function was handed, which goes with that object; a listener piles up only if
 * the same object were handed twice, which the walk does not do. Any other listener on the
 * handed object (a different function) is not this shape and keeps its finding.
 *
 * The handler must be the function whose parameter the target is: an arrow or function held in
 * a class field (`this.#onAttached`, `this.onAttached`), or a function named in its scope
 * (`function onAttached(session) { session.on('attached', onAttached); }`).
 */
import type { ListenerCall } from './listener-call';
import { findBinding } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import { resolveFunctionReference } from '../../src/analysis/syntax/named-function';

/** `add` is a function adding itself as the listener to its own parameter (see the header). */
export function isSelfAttachingHandler(add: ListenerCall): boolean {
  if (!add.target || !add.handler) return false;
  const target = unwrapPath(add.target);
  if (target.node.type !== 'Identifier') return false;
  const binding = findBinding(target, target.node.name);
  if (!binding || binding.kind !== 'param') return false;
  const handler = unwrapPath(add.handler);
  const fn = resolveFunctionReference(handler, handler.node, 'fields');
  return fn !== null && fn === binding.declaration;
}
