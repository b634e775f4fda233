import { Component } from '@angular/core';
import { BaseEditComponent } from '../lib/base-edit.component';

@Component({ selector: 'app-edit', template: '' })
export class EditComponent extends BaseEditComponent {
  ngOnInit() {
    window.setTimeout(() => document.getElementById('name')?.focus(), 200);
  }
}
