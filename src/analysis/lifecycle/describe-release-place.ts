/**
 * Where a fix puts a release, in words for its description ("call clearInterval(id) in
 * componentWillUnmount()"). One wording for every rule.
 */
import type { ReleasePlace } from './release-place';

export function describeReleasePlace(place: ReleasePlace): string {
  switch (place.kind) {
    case 'returned-cleanup':
      return 'in the returned cleanup';
    case 'teardown-hook':
      return `in ${place.hook}`;
    case 'cleanup-call':
      return 'in onCleanup';
    case 'destroy-ref':
      return 'on DestroyRef.onDestroy';
    case 'abort-listener':
      return 'when the signal aborts';
    case 'class-method': {
      const owner = place.classOwner;
      // Case: a new `ngOnDestroy()` in a class whose base (a package's, or one unleak cannot read) may have its own
      if (!owner.existingRelease && owner.baseMayRelease) return `in a new ${owner.releaseMethod}() (which must call super.${owner.releaseMethod}() first if the base class has one)`;
      return `in ${owner.releaseMethod}()`;
    }
    case 'options-hook':
      return `in ${place.vue.release.hook}()`;
  }
}
