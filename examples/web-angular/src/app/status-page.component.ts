import { Component, DestroyRef, inject, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { take } from 'rxjs';
import type { StatusReport } from '../../../shared/status';
import { StatusService } from './status.service';

@Component({
  selector: 'app-status-page',
  standalone: true,
  providers: [StatusService],
  template: `
    <h1>{{ title }}</h1>
    <p>Updated {{ lastUpdated }} · {{ now.toLocaleTimeString() }}</p>
    <ul>
      @for (report of reports; track report.upstream) {
        <li>{{ report.upstream }}: {{ report.health }}</li>
      }
    </ul>
  `,
})
export class StatusPageComponent implements OnInit {
  private readonly status = inject(StatusService);
  private readonly destroyRef = inject(DestroyRef);
  reports: StatusReport[] = [];
  title = 'Status';
  lastUpdated = 'never';
  now = new Date();

  constructor() {
    // leak (timer-cleanup, auto): the header clock ticks for ever; the component has no
    // ngOnDestroy to clear it.
    setInterval(() => (this.now = new Date()), 1_000);
  }

  ngOnInit(): void {
    // leak (listener-cleanup, auto): never unsubscribed; after leaving the page the destroyed
    // component keeps receiving every status update.
    this.status.reports.subscribe((reports) => (this.reports = reports));
    // safe: take(1) completes after the first value.
    this.status.reports.pipe(take(1)).subscribe((reports) => (this.title = `Status of ${reports.length} services`));
    // safe: completes when the component is destroyed (takeUntilDestroyed with the injected DestroyRef).
    this.status.reports.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => (this.lastUpdated = new Date().toLocaleTimeString()));
  }
}
