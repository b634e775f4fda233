import { Directive, ElementRef, EventEmitter, Output, inject, type OnInit, type OnDestroy } from '@angular/core';
import { Router } from '@angular/router';

@Directive({ selector: '[appClickOutside]', standalone: true })
export class ClickOutsideDirective implements OnInit, OnDestroy {
  @Output() readonly appClickOutside = new EventEmitter<void>();
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly router = inject(Router);
  private subscription?: { unsubscribe: () => void };

  private readonly handleClick = (event: DocumentEventMap['click']) => {
    if (!this.host.nativeElement.contains(event.target as Node)) this.appClickOutside.emit();
  };

  ngOnInit(): void {
    document.addEventListener('click', this.handleClick);
    this.subscription = this.router.events.subscribe(() => this.appClickOutside.emit());
  }

  ngOnDestroy(): void {
    document.removeEventListener('click', this.handleClick);
    this.subscription?.unsubscribe();
  }
}
