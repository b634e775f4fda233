import { Component, OnInit, OnDestroy } from '@angular/core';
import { ToolbarHost } from './toolbar-host';

@Component({ selector: 'app-editor', template: '' })
export class EditorComponent implements OnInit, OnDestroy {
  private subscription?: { unsubscribe: () => void };

  // A toolbar host the editor is given, not a dialog it opened: the host's component outlives the
  // editor, so the subscription to its output is still a finding (fixed).
  constructor(private readonly toolbar: ToolbarHost) {}

  ngOnInit(): void {
    this.subscription = this.toolbar.componentInstance.saved.subscribe(() => this.save());
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private save(): void {
    console.log('saved');
  }
}
