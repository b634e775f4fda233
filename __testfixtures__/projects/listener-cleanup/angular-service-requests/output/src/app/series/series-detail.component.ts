import { Component, inject, Input, OnInit, OnDestroy } from '@angular/core';
import { forkJoin } from 'rxjs';
import { SeriesService } from 'src/app/services/series.service';
import { LibraryService } from '@services/library.service';

@Component({ selector: 'app-series-detail', template: '' })
export class SeriesDetailComponent implements OnInit, OnDestroy {
  @Input() seriesId = 0;
  private readonly libraryService = inject(LibraryService);
  name = '';
  names: string[] = [];
  libraries: string[] = [];
  changed = 0;
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly seriesService: SeriesService) {}

  ngOnInit(): void {
    // Requests: each completes after its response.
    this.seriesService.getSeries(this.seriesId).subscribe((series) => (this.name = series.name));
    this.seriesService.getNames().subscribe((names) => (this.names = names));
    this.libraryService.getLibraries().subscribe((libraries) => (this.libraries = libraries));
    forkJoin([this.seriesService.getSeries(1), this.libraryService.getLibraries()]).subscribe(([series]) => (this.name = series.name));
    // Streams that never complete.
    this.subscription = this.seriesService.watchChanges().subscribe((id) => (this.changed = id));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
