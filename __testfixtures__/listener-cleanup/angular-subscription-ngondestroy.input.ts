import { Component, OnInit } from '@angular/core';
import { Store } from '@ngrx/store';

@Component({ selector: 'app-cart', template: '{{ count }}' })
export class CartComponent implements OnInit {
  count = 0;

  constructor(private readonly store: Store<{ cart: number[] }>) {}

  ngOnInit(): void {
    this.store.select((state: { cart: number[] }) => state.cart.length).subscribe((count: number) => (this.count = count));
  }
}
