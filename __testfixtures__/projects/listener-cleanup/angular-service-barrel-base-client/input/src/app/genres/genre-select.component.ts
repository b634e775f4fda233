import { Component, Input } from '@angular/core';
import { Genre, GenreService } from '../services';

@Component({ selector: 'app-genre-select', template: '' })
export class GenreSelectComponent {
  genres: Genre[] = [];

  constructor(private readonly genreService: GenreService) {}

  // No lifecycle hook: a request completes all the same. No finding.
  @Input() set mediaType(type: string) {
    this.genreService.getGenres(type).subscribe((genres) => (this.genres = genres));
  }

  // Still reported: nothing ends it.
  @Input() set live(on: boolean) {
    if (on) this.genreService.watch().subscribe(() => (this.genres = []));
  }
}
