import { Component, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { interval, switchMap } from 'rxjs';
import { SearchService } from './search.service';

@Component({ selector: 'app-search', template: '' })
export class SearchComponent {
  readonly results = signal<string[]>([]);

  constructor(
    private readonly http: HttpClient,
    private readonly search: SearchService,
  ) {}

  onSubmit(query: string): void {
    this.search.results(query).subscribe((results: string[]) => this.results.set(results));
  }

  startPolling = () => {
    this.http
      .get<string[]>('/api/latest')
      .pipe(switchMap(() => interval(5000)))
      .subscribe(() => console.log('poll'));
  };
}
