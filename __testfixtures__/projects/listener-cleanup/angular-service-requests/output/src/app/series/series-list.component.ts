import { Component, OnInit, OnDestroy } from '@angular/core';
import { SeriesService } from '../services/series.service';

@Component({ selector: 'app-series-list', template: '' })
export class SeriesListComponent implements OnInit, OnDestroy {
  names: (string[] | undefined)[] = [];
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly seriesService: SeriesService) {}

  ngOnInit(): void {
    this.seriesService.getNames().subscribe((names) => this.names.push(names));
    this.subscription = this.seriesService.poll().subscribe((names) => this.names.push(names));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
