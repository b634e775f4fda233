import { Component, signal, DestroyRef, inject } from '@angular/core';
import { TickerService } from './ticker.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// A concrete component (not abstract): the plain `destroyRef` name is kept.
@Component({ selector: 'app-price-panel', template: '{{ price() }}' })
export class PricePanelComponent {
  readonly price = signal(0);
  private readonly destroyRef = inject(DestroyRef);

  constructor(private readonly ticker: TickerService) {
    this.ticker.prices$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((price: number) => this.price.set(price));
  }
}
