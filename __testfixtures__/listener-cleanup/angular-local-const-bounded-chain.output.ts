import { Component, EventEmitter, OnDestroy, OnInit, Output } from '@angular/core';
import { Subject } from 'rxjs';
import { debounceTime, shareReplay, takeUntil } from 'rxjs/operators';
import { SearchStore } from './search.store';

@Component({ selector: 'app-search-box', template: '' })
export class SearchBoxComponent implements OnInit, OnDestroy {
  @Output() typed = new EventEmitter<string>();
  @Output() settled = new EventEmitter<string>();
  @Output() raw = new EventEmitter<string>();
  private readonly destroyed$ = new Subject<void>();
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly store: SearchStore) {}

  ngOnInit(): void {
    // The const's own chain ends at destroy: both subscriptions to it end with it.
    const changes = this.store.query$.pipe(takeUntil(this.destroyed$), shareReplay({ refCount: true }));
    changes.subscribe((text: string) => this.typed.emit(text));
    changes.pipe(debounceTime(300)).subscribe((text: string) => this.settled.emit(text));

    // Still reported: this const's chain has nothing that ends it.
    const unbounded = this.store.query$.pipe(shareReplay({ refCount: true }));
    this.subscription = unbounded.subscribe((text: string) => this.raw.emit(text));
  }

  ngOnDestroy(): void {
    this.destroyed$.next();
    this.destroyed$.complete();
    this.subscription?.unsubscribe();
  }
}
