import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class StatsService {
  readonly refreshed = new Subject<number>();

  constructor(private http: HttpClient) {}

  visitsPerDay(site: number) {
    return this.http.get<number[]>(`/api/sites/${site}/visits`);
  }

  signupsPerDay(site: number) {
    return this.http.get<number[]>(`/api/sites/${site}/signups`);
  }

  watchRefresh() {
    return this.refreshed.asObservable();
  }
}
