/**
 * listener-cleanup: a class with no lifecycle listening to an object it was handed — a wrapper
 * whose constructor received the emitter (`constructor(private session: Session)`,
 * `this.emitter = emitter`, `inject(Store)`) or a method parameter (`attach(session)`).
 *
 * The class has no disposal method (LEAKS.md's owners: nothing in it ends anything), and no
 * code in its file makes an instance an owner could undo (a `new X(` only at module level, or
 * none, or in a static factory, a plain function, a nested callback): no place in the code decides when the instance's use ends. The wrapper does not own
 * the object's lifetime either — whoever handed it over does. So, as for a function with no
 * owner (match.ts: "a listener on the caller's object lives as long as that object"), the
 * listener lives exactly as long as the object it is on and holds the wrapper no longer than
 * that object does: not a finding. A class that has a disposal method, an Angular or other
 * framework owner, or one made in its file by an owner (which the fix can give a `dispose()`,
 * creator-dispose.ts) still gets the finding; so do listeners on globals, module-level objects
 * and the class's own fields.
 */
import type { NodePath } from '../../src/core/traverse';
import type { OwnerScope, OwnerScopeOptions } from '../../src/analysis/lifecycle/owner-scope';
import { findInstanceCreations } from '../../src/analysis/lifecycle/instance-creations';
import { resolveUndoingOwner } from '../../src/analysis/lifecycle/creator-dispose';
import { resolveTargetOrigin } from './target-origin';

export function isBorrowedByUnownedClass(target: NodePath | null, owner: OwnerScope, ownerOptions: OwnerScopeOptions): boolean {
  if (!target || owner.kind !== 'plain-class' || !owner.classOwner) return false;
  const origin = resolveTargetOrigin(target);
  if (origin !== 'parameter' && origin !== 'injected') return false;
  // Case: `new Tracker(bus)` in an effect of this file: the effect's cleanup can end it (the fix can add `dispose()`).
  return findInstanceCreations(owner.classOwner.classPath).every((creation) => resolveUndoingOwner(creation, ownerOptions) === null);
}
