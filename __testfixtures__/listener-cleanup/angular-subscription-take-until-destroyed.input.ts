import { Component, DestroyRef, inject, type OnInit } from '@angular/core';
import { OrderStore } from './order.store';
import { map } from 'rxjs';

@Component({ selector: 'app-order', template: '{{ id }} {{ tab }}' })
export class OrderComponent implements OnInit {
  private readonly store = inject(OrderStore);
  private readonly destroyRef = inject(DestroyRef);
  id = '';
  tab = '';

  ngOnInit(): void {
    this.store.selection$.subscribe((params: Record<string, string>) => (this.id = params['id'] ?? ''));
    this.store.selection$
      .pipe(map((params: Record<string, string>) => params['tab'] ?? 'summary'))
      .subscribe((tab: string) => (this.tab = tab));
  }
}
