import { Component, OnInit, OnDestroy } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Store } from '@ngrx/store';

// The import alone would say Angular 16+, but the project's @angular/core is 15 (options.json's
// target): no `DestroyRef` to inject, so the subscription is kept and ended in ngOnDestroy.
@Component({ selector: 'app-cart', template: '{{ count }}' })
export class CartComponent implements OnInit, OnDestroy {
  count = 0;
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly store: Store<{ cart: number[] }>) {}

  ngOnInit(): void {
    this.subscription = this.store.select((state: { cart: number[] }) => state.cart.length).subscribe((count: number) => (this.count = count));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}

export const unused = takeUntilDestroyed;
