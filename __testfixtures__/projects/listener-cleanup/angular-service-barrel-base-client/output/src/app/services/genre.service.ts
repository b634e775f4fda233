import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';
import { ServiceHelpers } from './service.helpers';

export interface Genre {
  id: number;
  name: string;
}

// No HttpClient member of its own: its requests use the one ServiceHelpers keeps.
@Injectable()
export class GenreService extends ServiceHelpers {
  readonly changed = new Subject<void>();

  constructor(http: HttpClient) {
    super(http, '/api/v1/genres/');
  }

  getGenres(media: string) {
    return this.http.get<Genre[]>(`${this.url}${media}`, { headers: this.headers });
  }

  // Never completes: a subscription to it is a leak.
  watch() {
    return this.changed.asObservable();
  }
}
