import { Component, OnInit } from '@angular/core';
import { ToolbarHost } from './toolbar-host';

@Component({ selector: 'app-editor', template: '' })
export class EditorComponent implements OnInit {
  // A toolbar host the editor is given, not a dialog it opened: the host's component outlives the
  // editor, so the subscription to its output is still a finding (fixed).
  constructor(private readonly toolbar: ToolbarHost) {}

  ngOnInit(): void {
    this.toolbar.componentInstance.saved.subscribe(() => this.save());
  }

  private save(): void {
    console.log('saved');
  }
}
