import { AfterViewInit, Component, ElementRef, EventEmitter, OnDestroy, Output } from '@angular/core';

declare const tinymce: {
  init(options: { target: HTMLElement; setup: (editor: Editor) => void }): void;
  remove(editor?: Editor): void;
};

interface Editor {
  on(event: string, handler: () => void): void;
  getContent(): string;
  destroy(): void;
}

// The library keeps every editor it made; tinymce.remove(editor) ends the one handed to it,
// with its listeners. No finding.
@Component({ selector: 'app-rich-text', template: '' })
export class RichTextComponent implements AfterViewInit, OnDestroy {
  @Output() readonly changed = new EventEmitter<string>();
  private editor?: Editor;

  constructor(private readonly host: ElementRef<HTMLElement>) {}

  ngAfterViewInit(): void {
    tinymce.init({
      target: this.host.nativeElement,
      setup: (editor) => {
        this.editor = editor;
        editor.on('keyup', () => this.changed.emit(editor.getContent()));
      },
    });
  }

  ngOnDestroy(): void {
    tinymce.remove(this.editor);
  }
}

// The setup parameter is the editor the class keeps: destroying this.editor ends it. No finding.
@Component({ selector: 'app-notes', template: '' })
export class NotesComponent implements AfterViewInit, OnDestroy {
  @Output() readonly changed = new EventEmitter<string>();
  private editor?: Editor;

  constructor(private readonly host: ElementRef<HTMLElement>) {}

  ngAfterViewInit(): void {
    tinymce.init({
      target: this.host.nativeElement,
      setup: (editor) => {
        this.editor = editor;
        editor.on('change', () => this.changed.emit(editor.getContent()));
      },
    });
  }

  ngOnDestroy(): void {
    this.editor?.destroy();
  }
}

// Taken out of a list the class keeps, the editor lives on: still reported.
@Component({ selector: 'app-tabs', template: '' })
export class TabsComponent implements AfterViewInit, OnDestroy {
  @Output() readonly changed = new EventEmitter<string>();
  private readonly open = new Set<Editor>();
  private editor?: Editor;

  constructor(private readonly host: ElementRef<HTMLElement>) {}

  ngAfterViewInit(): void {
    tinymce.init({
      target: this.host.nativeElement,
      setup: (editor) => {
        this.editor = editor;
        this.open.add(editor);
        editor.on('keyup', () => this.changed.emit(editor.getContent()));
      },
    });
  }

  ngOnDestroy(): void {
    if (this.editor) this.open.delete(this.editor);
    this.tabs.remove(this.editor);
  }

  private readonly tabs = { remove: (editor?: Editor) => editor };
}
