import { Component, Input, OnInit } from '@angular/core';
import { forkJoin } from 'rxjs';
import { StatsService } from '../services/stats.service';

@Component({ selector: 'app-trend-chart', template: '' })
export class TrendChartComponent implements OnInit {
  @Input() site = 0;
  visits: number[] = [];
  signups: number[] = [];
  refreshes = 0;

  constructor(private stats: StatsService) {}

  ngOnInit(): void {
    // Two requests kept in constants first: each completes after its response, so the join does.
    const visits = this.stats.visitsPerDay(this.site);
    const signups = this.stats.signupsPerDay(this.site);
    forkJoin([visits, signups]).subscribe(([v, s]) => {
      this.visits = v;
      this.signups = s;
    });
    // A stream kept in a constant never completes: still a finding.
    const refresh = this.stats.watchRefresh();
    forkJoin([visits, refresh]).subscribe(() => (this.refreshes += 1));
  }
}
