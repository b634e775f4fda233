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
    case 'class-method':
      return `in ${place.classOwner.releaseMethod}()`;
    case 'options-hook':
      return `in ${place.vue.release.hook}()`;
  }
}
