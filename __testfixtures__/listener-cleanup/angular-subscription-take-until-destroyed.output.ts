import { Component, DestroyRef, inject, type OnInit } from '@angular/core';
import { OrderStore } from './order.store';
import { map } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

@Component({ selector: 'app-order', template: '{{ id }} {{ tab }}' })
export class OrderComponent implements OnInit {
  private readonly store = inject(OrderStore);
  private readonly destroyRef = inject(DestroyRef);
  id = '';
  tab = '';

  ngOnInit(): void {
    this.store.selection$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params: Record<string, string>) => (this.id = params['id'] ?? ''));
    this.store.selection$
      .pipe(map((params: Record<string, string>) => params['tab'] ?? 'summary'), takeUntilDestroyed(this.destroyRef))
      .subscribe((tab: string) => (this.tab = tab));
  }
}
