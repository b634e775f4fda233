import { Component } from '@angular/core';
import { FormControl } from '@angular/forms';
import { UntilDestroy, untilDestroyed } from '@ngneat/until-destroy';
import { debounceTime } from 'rxjs';

// @ngneat/until-destroy completes the chain when the component is destroyed.
@UntilDestroy()
@Component({ selector: 'app-search', template: '<input [formControl]="query" />' })
export class SearchComponent {
  readonly query = new FormControl('');
  results: string[] = [];

  constructor() {
    this.query.valueChanges.pipe(untilDestroyed(this), debounceTime(300)).subscribe((term) => this.search(term ?? ''));
  }

  private search(term: string): void {
    this.results = term ? [term] : [];
  }
}
