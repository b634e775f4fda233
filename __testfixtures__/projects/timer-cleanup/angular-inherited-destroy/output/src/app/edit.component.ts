import { Component, OnDestroy } from '@angular/core';
import { BaseEditComponent } from '../lib/base-edit.component';

@Component({ selector: 'app-edit', template: '' })
export class EditComponent extends BaseEditComponent implements OnDestroy {
  private editComponentTimeoutId?: number;
  ngOnInit() {
    this.editComponentTimeoutId = window.setTimeout(() => document.getElementById('name')?.focus(), 200);
  }

  ngOnDestroy(): void {
    super.ngOnDestroy();
    clearTimeout(this.editComponentTimeoutId);
  }
}
