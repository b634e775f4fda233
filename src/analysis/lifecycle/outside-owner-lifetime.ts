/**
 * Whether an acquisition is the owner's teardown work rather than something it owns: made by
 * the class's existing release method itself (`componentWillUnmount() { x.addEventListener(...) }`,
 * `close() { setTimeout(forceExit, 5000) }`). Nothing later in the owner's life could release
 * it, so the cleanup rules skip it. Shared by timer-cleanup and listener-cleanup.
 */
import type { OwnerScope } from './owner-scope';

export function isOutsideOwnerLifetime(owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  return classOwner !== null && classOwner.memberName !== null && classOwner.releaseMembers.has(classOwner.memberName) && classOwner.existingRelease !== null;
}
