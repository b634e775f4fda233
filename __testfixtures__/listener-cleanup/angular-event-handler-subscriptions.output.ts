import { Component, signal, DestroyRef, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { interval, switchMap } from 'rxjs';
import { SearchService } from './search.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

@Component({ selector: 'app-search', template: '' })
export class SearchComponent {
  readonly results = signal<string[]>([]);
  private readonly destroyRef = inject(DestroyRef);

  constructor(
    private readonly http: HttpClient,
    private readonly search: SearchService,
  ) {}

  onSubmit(query: string): void {
    this.search.results(query).pipe(takeUntilDestroyed(this.destroyRef)).subscribe((results: string[]) => this.results.set(results));
  }

  startPolling = () => {
    this.http
      .get<string[]>('/api/latest')
      .pipe(switchMap(() => interval(5000)), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => console.log('poll'));
  };
}
