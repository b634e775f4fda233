import { Directive, ElementRef, inject, type OnDestroy, type OnInit } from '@angular/core';

// The directive's observer unobserves, on destroy, the one element it observes.
@Directive({ selector: '[appWidthClass]' })
export class WidthClassDirective implements OnInit, OnDestroy {
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly observer = new ResizeObserver(([entry]) => {
    this.host.nativeElement.classList.toggle('narrow', (entry?.contentRect.width ?? 0) < 480);
  });

  ngOnInit(): void {
    this.observer.observe(this.host.nativeElement);
  }

  ngOnDestroy(): void {
    this.observer.unobserve(this.host.nativeElement);
  }
}
