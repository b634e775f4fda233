import { Component, signal } from '@angular/core';
import { TickerService } from './ticker.service';

// A concrete component (not abstract): the plain `destroyRef` name is kept.
@Component({ selector: 'app-price-panel', template: '{{ price() }}' })
export class PricePanelComponent {
  readonly price = signal(0);

  constructor(private readonly ticker: TickerService) {
    this.ticker.prices$.subscribe((price: number) => this.price.set(price));
  }
}
