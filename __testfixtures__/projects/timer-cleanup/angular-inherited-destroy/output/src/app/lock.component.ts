import { Component, OnDestroy } from '@angular/core';
import { BaseLockComponent } from '@lib/base-lock.component';

@Component({ selector: 'app-lock', template: '' })
export class LockComponent extends BaseLockComponent implements OnDestroy {
  private lockComponentTimeoutId?: number;
  ngOnInit() {
    this.lockComponentTimeoutId = window.setTimeout(() => {
      document.getElementById('masterPassword')?.focus();
    }, 100);
  }

  ngOnDestroy(): void {
    super.ngOnDestroy();
    clearTimeout(this.lockComponentTimeoutId);
  }
}
