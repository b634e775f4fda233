import { Directive, signal, DestroyRef, inject } from '@angular/core';
import { TickerService } from './ticker.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// An exported abstract base: its subclasses live in other files and may declare their own
// `private readonly destroyRef` (TS2415 if the base gets one too): the new field takes the
// class's name, which only a class of that name is given.
@Directive()
export abstract class PricePanelBase {
  readonly price = signal(0);
  private readonly pricePanelBaseDestroyRef = inject(DestroyRef);

  protected constructor(protected readonly ticker: TickerService) {
    this.ticker.prices$.pipe(takeUntilDestroyed(this.pricePanelBaseDestroyRef)).subscribe((price: number) => this.price.set(price));
  }
}
