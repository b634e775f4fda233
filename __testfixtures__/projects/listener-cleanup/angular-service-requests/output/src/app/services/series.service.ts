import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { interval, of, Subject } from 'rxjs';
import { map, tap } from 'rxjs/operators';

export interface Series {
  id: number;
  name: string;
}

@Injectable({ providedIn: 'root' })
export class SeriesService {
  private names: string[] | undefined;
  readonly changes = new Subject<number>();

  constructor(private httpClient: HttpClient) {}

  getSeries(id: number) {
    return this.httpClient.get<Series>(`/api/series/${id}`);
  }

  getNames() {
    if (this.names) return of(this.names);
    return this.httpClient.get<Series[]>('/api/series').pipe(
      map((all) => all.map((series) => series.name)),
      tap((names) => (this.names = names)),
    );
  }

  // Never completes: a subscription to it is a leak.
  watchChanges() {
    return this.changes.asObservable();
  }

  // Never completes either.
  poll() {
    return interval(5000).pipe(map(() => this.names));
  }
}
