import { Component, OnInit, DestroyRef, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// The file shows no Angular 16 API, but the project's @angular/core is 17 (options.json's target,
// as the engine reads it from node_modules or package.json): `takeUntilDestroyed` is available.
@Component({ selector: 'app-cart', template: '{{ count }}' })
export class CartComponent implements OnInit {
  count = 0;
  private readonly destroyRef = inject(DestroyRef);

  constructor(private readonly store: Store<{ cart: number[] }>) {}

  ngOnInit(): void {
    this.store.select((state: { cart: number[] }) => state.cart.length).pipe(takeUntilDestroyed(this.destroyRef)).subscribe((count: number) => (this.count = count));
  }
}
