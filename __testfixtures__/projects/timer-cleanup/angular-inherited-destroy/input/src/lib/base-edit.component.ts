import { BaseLockComponent } from './base-lock.component';

// Inherits its ngOnDestroy from one base further up.
export class BaseEditComponent extends BaseLockComponent {
  protected dirty = false;
}
