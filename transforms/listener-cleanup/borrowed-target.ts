/**
 * listener-cleanup: a class with no lifecycle listening to an object it was handed — a wrapper
 * whose constructor received the emitter (`constructor(private session: Session)`,
 * `this.emitter = emitter`, `inject(Store)`) or a method parameter (`attach(session)`).
 *
 * The class has no disposal method (LEAKS.md's owners: nothing in it ends anything), and no
 * code in its file makes an instance an owner could undo (a `new X(` only at module level, or
 * none, or only at module level or in the class's own static factory): no place in the code decides when the instance's use ends. The wrapper does not own
 * the object's lifetime either — whoever handed it over does. So, as for a function with no
 * owner (match.ts: "a listener on the caller's object lives as long as that object"), the
 * listener lives exactly as long as the object it is on and holds the wrapper no longer than
 * that object does: not a finding. A class that has a disposal method, an Angular or other
 * framework owner, or one made in its file by an owner (which the fix can give a `dispose()`,
 * creator-dispose.ts), or one another class or a function of the file makes (a manager making
 * one per event, all listening to the same client), still gets the finding; so do listeners on globals, module-level objects
 * and the class's own fields.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import type { OwnerScope, OwnerScopeOptions } from '../../src/analysis/lifecycle/owner-scope';
import { findInstanceCreations } from '../../src/analysis/lifecycle/instance-creations';
import { resolveUndoingOwner } from '../../src/analysis/lifecycle/creator-dispose';
import { resolveTargetOrigin } from './target-origin';

export function isBorrowedByUnownedClass(target: NodePath | null, owner: OwnerScope, ownerOptions: OwnerScopeOptions): boolean {
  if (!target || owner.kind !== 'plain-class' || !owner.classOwner) return false;
  const origin = resolveTargetOrigin(target);
  if (origin !== 'parameter' && origin !== 'injected') return false;
  // Case: `new Tracker(bus)` in an effect of this file: the effect's cleanup can end it (the fix can add `dispose()`).
  const classNode = owner.classOwner.classPath.node;
  return findInstanceCreations(owner.classOwner.classPath).every((creation) => resolveUndoingOwner(creation, ownerOptions) === null && (creation.atModuleLevel || isInOwnStaticFactory(creation.path, classNode)));
}

/**
 * `static from(ctx) { return new Frame(ctx); }`: the class's own factory, one instance per call of
 * its caller. A `new X(this.client)` in another class's method or a function (a manager making one
 * per event on the same client) may make many instances listening to one object: still a finding.
 */
function isInOwnStaticFactory(path: NodePath, classNode: Node): boolean {
  const method = path.findParent((parent) => parent.node.type === 'ClassMethod' || parent.node.type === 'ClassPrivateMethod' || isFunctionNode(parent.node));
  return (method?.node.type === 'ClassMethod' || method?.node.type === 'ClassPrivateMethod') && method.node.static && method.parentPath?.parent === classNode;
}
