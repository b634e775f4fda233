import { Component } from '@angular/core';
import { BaseLockComponent } from '@lib/base-lock.component';

@Component({ selector: 'app-lock', template: '' })
export class LockComponent extends BaseLockComponent {
  ngOnInit() {
    window.setTimeout(() => {
      document.getElementById('masterPassword')?.focus();
    }, 100);
  }
}
