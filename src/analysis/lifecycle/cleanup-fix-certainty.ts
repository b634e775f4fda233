/**
 * When a cleanup rule's fix (timer-cleanup, listener-cleanup) is `auto`: the owner-level
 * decisions both rules share, in one place. Each rule adds its own resource-specific reasons
 * (a one-shot timer a dependency change would cancel; a listener whose handler cannot be named)
 * on top; none of them can turn a `false` here into `auto`.
 */
import type { OwnerScope } from './owner-scope';
import type { ReleasePlace } from './release-place';

export interface CleanupFixCertaintyRequest {
  owner: OwnerScope;
  /** Where the fix releases the resource (null when the rule releases it without a place of its own). */
  place: ReleasePlace | null;
  /** The acquisition runs where the release undoes it one-to-one (default: `owner.inAcquirePlace`). */
  inAcquirePlace?: boolean;
  /** The resource lives as long as the process on purpose (`.unref()`, module level). */
  processLifetime: boolean;
}

export function isCleanupFixCertain({ owner, place, inAcquirePlace = owner.inAcquirePlace, processLifetime }: CleanupFixCertaintyRequest): boolean {
  if (!inAcquirePlace || processLifetime) return false;
  // Nothing ends the owner, or nothing is known to call a plain class's release method.
  if (owner.kind === 'none' || owner.kind === 'plain-class') return false;
  // A controller made right here may never be aborted: tying the release to it needs a review.
  if (owner.kind === 'cancellable-function' && owner.signal?.source === 'controller') return false;
  // A created `ngOnDestroy` (or other release method) would hide one the base class may have.
  return !(place?.kind === 'class-method' && !place.classOwner.existingRelease && place.classOwner.baseMayRelease);
}
