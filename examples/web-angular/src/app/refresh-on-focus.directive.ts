import { Directive, EventEmitter, Output, type OnInit } from '@angular/core';

/** `<section (appRefreshOnFocus)="reload()">`: emits when the browser tab regains focus. */
@Directive({
  selector: '[appRefreshOnFocus]',
  standalone: true,
})
export class RefreshOnFocusDirective implements OnInit {
  @Output() readonly appRefreshOnFocus = new EventEmitter<void>();

  private readonly onFocus = () => this.appRefreshOnFocus.emit();

  ngOnInit(): void {
    // leak (listener-cleanup, auto): the window listener outlives the directive and keeps its
    // host element reachable.
    window.addEventListener('focus', this.onFocus);
  }
}
