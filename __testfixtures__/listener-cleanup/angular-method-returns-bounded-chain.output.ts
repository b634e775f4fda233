import { Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, repeat, take, tap } from 'rxjs';
import { Store } from '@ngrx/store';
import { HeaderService } from './header.service';

@Component({ selector: 'app-header-list', template: '' })
export class HeaderListComponent {
  private readonly destroyRef = inject(DestroyRef);
  private readonly headers = inject(HeaderService);
  private readonly store = inject(Store);
  order: string[] = [];

  // The method's chain ends with the component: subscribing to what it returns is bounded.
  drop(order: string[]): void {
    this.saveOrder(order).subscribe();
  }

  private saveOrder(order: string[]): Observable<string[]> {
    return this.headers.update(order).pipe(
      tap((saved: string[]) => (this.order = saved)),
      takeUntilDestroyed(this.destroyRef),
    );
  }

  // Still reported: the method returns the store's stream, which never ends.
  watch(): void {
    this.selectOrder().subscribe((order: string[]) => (this.order = order));
  }

  private selectOrder(): Observable<string[]> {
    return this.store.select('order');
  }

  // Still reported: the method's chain ends, but `repeat` subscribes to it again every 5 s for ever.
  poll(): void {
    this.loadOrder().pipe(repeat({ delay: 5000 })).subscribe((order: string[]) => (this.order = order));
  }

  private loadOrder(): Observable<string[]> {
    return this.headers.update(this.order).pipe(take(1));
  }

  // Still reported: the field's chain ends, but `repeat` resubscribes to it.
  private readonly order$ = this.headers.update([]).pipe(take(1));

  refresh(): void {
    this.order$.pipe(repeat({ delay: 5000 })).subscribe((order: string[]) => (this.order = order));
  }
}
