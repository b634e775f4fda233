import { Component, OnInit, OnDestroy } from '@angular/core';
import { SearchService } from './search.service';

@Component({ selector: 'app-search', template: '' })
export class SearchComponent implements OnInit, OnDestroy {
  results: string[] = [];
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly search: SearchService) {}

  ngOnInit(): void {
    this.subscription = this.search.recent().subscribe((results: string[]) => (this.results = results));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }

  onSubmit(query: string): void {
    this.search.results(query).subscribe((results: string[]) => (this.results = results));
  }
}
