import { Injectable } from '@angular/core';
import { BehaviorSubject, type Observable } from 'rxjs';
import type { StatusReport } from '../../../shared/status';

/** Polls the status API. Provided per status page (see StatusPageComponent.providers). */
@Injectable()
export class StatusService {
  private readonly latest = new BehaviorSubject<StatusReport[]>([]);
  readonly reports: Observable<StatusReport[]> = this.latest.asObservable();

  constructor() {
    // leak (timer-cleanup, auto): the service is destroyed with its page, but there is no
    // ngOnDestroy, so the polling goes on for every page ever opened.
    setInterval(() => void this.refresh(), 30_000);
  }

  async refresh(): Promise<void> {
    // safe: the request has a deadline.
    const response = await fetch('/api/status', { signal: AbortSignal.timeout(8_000) });
    this.latest.next((await response.json()) as StatusReport[]);
  }
}
