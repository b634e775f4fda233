import { Component, DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpClient } from '@angular/common/http';
import { BehaviorSubject, combineLatest, forkJoin, Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ShelfService {
  private readonly http = inject(HttpClient);
  readonly shelves$ = new BehaviorSubject<string[]>([]);

  count(shelf: string) {
    return this.http.get<number>(`/shelves/${shelf}/count`);
  }
}

@Component({ selector: 'app-shelf-summary', template: '' })
export class ShelfSummaryComponent {
  private readonly destroyRef = inject(DestroyRef);
  private readonly shelves = inject(ShelfService);
  pending: Observable<unknown>[] = [];
  totals: unknown[] = [];

  watch(shelf: string): void {
    // One source is the service's lasting stream: the combination never ends. A leak.
    const sources: Observable<unknown>[] = [this.shelves.count(shelf)];
    sources.push(this.shelves.shelves$);
    combineLatest(sources).subscribe((values: unknown[]) => (this.totals = values));
  }

  countAll(names: string[]): void {
    // The array is handed on: other code may add any stream to it. Still a finding.
    const counts: Observable<unknown>[] = [];
    for (const name of names) counts.push(this.shelves.count(name));
    this.remember(counts);
    forkJoin(counts).subscribe((values: unknown[]) => (this.totals = values));
  }

  private remember(sources: Observable<unknown>[]): void {
    this.pending = sources;
  }
}
