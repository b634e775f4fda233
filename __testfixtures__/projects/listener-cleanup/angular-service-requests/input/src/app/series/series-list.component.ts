import { Component, OnInit } from '@angular/core';
import { SeriesService } from '../services/series.service';

@Component({ selector: 'app-series-list', template: '' })
export class SeriesListComponent implements OnInit {
  names: (string[] | undefined)[] = [];

  constructor(private readonly seriesService: SeriesService) {}

  ngOnInit(): void {
    this.seriesService.getNames().subscribe((names) => this.names.push(names));
    this.seriesService.poll().subscribe((names) => this.names.push(names));
  }
}
