import { Component } from '@angular/core';
import { BaseFormComponent } from '@lib/base-form.component';

@Component({ selector: 'app-form', template: '' })
export class FormComponent extends BaseFormComponent {
  ngOnInit() {
    window.setTimeout(() => document.getElementById('email')?.focus(), 200);
  }
}
