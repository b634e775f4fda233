import { Component, OnInit, OnDestroy } from '@angular/core';
import { Store } from '@ngrx/store';

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
