import { Component, OnInit, signal } from '@angular/core';
import { CatalogService } from './catalog.service';

// With --unsafe, the suggestion (a service call that may be a completing HTTP request) comes
// first in the file and the auto fix (a stream the service keeps) later: both end with the same
// new `destroyRef`, never a `destroyRef2` next to no `destroyRef`.
@Component({ selector: 'app-catalog', template: '' })
export class CatalogComponent implements OnInit {
  readonly categories = signal<string[]>([]);

  constructor(private catalog: CatalogService) {}

  loadCategories(): void {
    this.catalog.listCategories().subscribe((categories: string[]) => this.categories.set(categories));
  }

  ngOnInit(): void {
    this.catalog.changes$.subscribe(() => this.loadCategories());
  }
}
