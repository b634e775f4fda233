import { Directive, signal } from '@angular/core';
import { TickerService } from './ticker.service';

// An exported abstract base: its subclasses live in other files and may declare their own
// `private readonly destroyRef` (TS2415 if the base gets one too): the new field takes the
// class's name, which only a class of that name is given.
@Directive()
export abstract class PricePanelBase {
  readonly price = signal(0);

  protected constructor(protected readonly ticker: TickerService) {
    this.ticker.prices$.subscribe((price: number) => this.price.set(price));
  }
}
