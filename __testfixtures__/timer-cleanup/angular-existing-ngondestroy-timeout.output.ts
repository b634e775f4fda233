import { Directive, ElementRef, OnDestroy, OnInit } from '@angular/core';

@Directive({ selector: '[appAutofocus]' })
export class AutofocusDirective implements OnInit, OnDestroy {
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly element: ElementRef<HTMLElement>) {}

  ngOnInit(): void {
    this.focusTimer = setTimeout(() => this.element.nativeElement.focus(), 0);
  }

  ngOnDestroy(): void {
    this.element.nativeElement.blur();
    clearTimeout(this.focusTimer);
  }
}
