/**
 * Whether an owner is an Angular service that lives as long as the app: provided in the root (or
 * platform) injector (`@Injectable({ providedIn: 'root' })`) with no `ngOnDestroy` and no injected
 * `DestroyRef` — either would say the class expects to be torn down. Angular makes one instance
 * for the life of the application (docs/catalog.md, "Process lifetime by intent"): a release
 * method added to it would run only when the app ends.
 */
import type { Class } from '@babel/types';
import { isRootProvidedService } from './angular-root-service';
import type { OwnerScope } from './owner-scope';

export function isAppLifetimeService(owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  return owner.kind === 'angular' && classOwner !== null && !classOwner.existingRelease && !classOwner.destroyRef && isRootProvidedService(classOwner.classPath.node as Class);
}
