import { Component, OnDestroy } from '@angular/core';
import { BaseFormComponent } from '@lib/base-form.component';

@Component({ selector: 'app-form', template: '' })
export class FormComponent extends BaseFormComponent implements OnDestroy {
  private formComponentTimeoutId?: number;
  ngOnInit() {
    this.formComponentTimeoutId = window.setTimeout(() => document.getElementById('email')?.focus(), 200);
  }

  ngOnDestroy(): void {
    clearTimeout(this.formComponentTimeoutId);
  }
}
