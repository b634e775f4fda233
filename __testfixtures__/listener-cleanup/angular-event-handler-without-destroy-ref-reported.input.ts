import { Component, OnInit } from '@angular/core';
import { SearchService } from './search.service';

@Component({ selector: 'app-search', template: '' })
export class SearchComponent implements OnInit {
  results: string[] = [];

  constructor(private readonly search: SearchService) {}

  ngOnInit(): void {
    this.search.recent().subscribe((results: string[]) => (this.results = results));
  }

  onSubmit(query: string): void {
    this.search.results(query).subscribe((results: string[]) => (this.results = results));
  }
}
