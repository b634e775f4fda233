import { Component, inject, input, type OnInit, DestroyRef } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// A component written with signal inputs (Angular 17+): its subscription ends with the
// component through takeUntilDestroyed and an injected DestroyRef.
@Component({ selector: 'app-trail', template: '{{ trail.join(" / ") }}' })
export class TrailComponent implements OnInit {
  private readonly router = inject(Router);
  readonly root = input('home');
  trail: string[] = [];
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    this.router.events.pipe(filter((event: unknown) => event instanceof NavigationEnd), takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.trail = [this.root(), ...this.router.url.split('/').filter(Boolean)];
    });
  }
}
