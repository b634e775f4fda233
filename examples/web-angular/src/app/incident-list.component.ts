import { Component, Input, type OnDestroy, type OnInit } from '@angular/core';
import { interval, type Subscription } from 'rxjs';
import type { Incident } from '../../../shared/status';

/** Open incidents with their age. The reference component: nothing here leaks. */
@Component({
  selector: 'app-incident-list',
  standalone: true,
  template: `
    <ol>
      @for (incident of incidents; track incident.id) {
        <li>{{ incident.title }} ({{ age(incident) }} min)</li>
      }
    </ol>
  `,
})
export class IncidentListComponent implements OnInit, OnDestroy {
  @Input() incidents: Incident[] = [];
  private now = Date.now();
  private ticker?: Subscription;

  ngOnInit(): void {
    // safe: unsubscribed in ngOnDestroy.
    this.ticker = interval(60_000).subscribe(() => (this.now = Date.now()));
  }

  ngOnDestroy(): void {
    this.ticker?.unsubscribe();
  }

  age(incident: Incident): number {
    return Math.round((this.now - Date.parse(incident.startedAt)) / 60_000);
  }
}
