import { Component, OnInit, OnDestroy } from '@angular/core';
import { Genre, GenreService } from '../services';

@Component({ selector: 'app-genre-list', template: '' })
export class GenreListComponent implements OnInit, OnDestroy {
  genres: Genre[] = [];
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly genreService: GenreService) {}

  ngOnInit(): void {
    // A request of the base class's HttpClient, through the services barrel: it completes. No finding.
    this.genreService.getGenres('movie').subscribe((genres) => (this.genres = genres));
    // Still a subscription that nothing ends.
    this.subscription = this.genreService.watch().subscribe(() => this.ngOnInit());
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
