import { Component, inject, DestroyRef } from '@angular/core';
import { LabelStore } from '../services/label-store';
import { ThemeBus } from '../services/theme-bus';
import { BaseEditor } from './base-editor';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

@Component({ selector: 'app-label-editor', template: '' })
export class LabelEditorComponent extends BaseEditor {
  labels: string[] = [];
  copies: string[] = [];
  dark = false;
  private bus: ThemeBus;
  private readonly labelEditorComponentDestroyRef = inject(DestroyRef);

  constructor() {
    const labels = inject(LabelStore);
    super();
    // A member the base class declares, filled with an injected service in the constructor:
    // its method returns an HttpClient request, which completes on its own.
    this.store = inject(LabelStore);
    this.store.fetchAll().subscribe((all) => (this.labels = all));
    // The same through a local the constructor injects before `super()`.
    labels.fetchAll().subscribe((all) => (this.copies = all));
    // A method of the same service that does not return a request: still reported.
    this.store.watchRenames().pipe(takeUntilDestroyed(this.labelEditorComponentDestroyRef)).subscribe((name) => (this.title = name));
    // A stream of an injected bus: it never completes, a leak.
    this.bus = inject(ThemeBus);
    this.bus.changes$.pipe(takeUntilDestroyed(this.labelEditorComponentDestroyRef)).subscribe((dark) => (this.dark = dark));
  }
}
