import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class LabelStore {
  readonly renamed = new Subject<string>();

  constructor(private http: HttpClient) {}

  fetchAll() {
    return this.http.get<string[]>('/api/labels');
  }

  // Never completes: a subscription to it is a leak.
  watchRenames() {
    return this.renamed.asObservable();
  }
}
