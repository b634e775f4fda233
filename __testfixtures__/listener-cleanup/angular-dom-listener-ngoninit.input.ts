import { Directive, ElementRef, EventEmitter, Output, inject, type OnInit } from '@angular/core';
import { Router } from '@angular/router';

@Directive({ selector: '[appClickOutside]', standalone: true })
export class ClickOutsideDirective implements OnInit {
  @Output() readonly appClickOutside = new EventEmitter<void>();
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly router = inject(Router);

  ngOnInit(): void {
    document.addEventListener('click', (event) => {
      if (!this.host.nativeElement.contains(event.target as Node)) this.appClickOutside.emit();
    });
    this.router.events.subscribe(() => this.appClickOutside.emit());
  }
}
