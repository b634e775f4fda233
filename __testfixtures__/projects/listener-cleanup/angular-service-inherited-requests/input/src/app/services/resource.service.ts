import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { Subject } from 'rxjs';
import { map } from 'rxjs/operators';

export interface Page<T> {
  count: number;
  results: T[];
}

/** Every REST resource of the app: list, read and delete through HttpClient. */
export abstract class ResourceService<T> {
  protected http: HttpClient;
  protected abstract readonly path: string;
  readonly refreshed = new Subject<void>();

  constructor() {
    this.http = inject(HttpClient);
  }

  list(page: number) {
    return this.http.get<Page<T>>(`/api/${this.path}/?page=${page}`);
  }

  // A request too: it returns another request method, piped through map.
  firstPage() {
    return this.list(1).pipe(map((page) => page.results));
  }

  delete(id: number) {
    return this.http.delete(`/api/${this.path}/${id}/`);
  }

  // Never completes: a subscription to it is a leak.
  watch() {
    return this.refreshed.asObservable();
  }
}
