import { Component, OnInit, signal } from '@angular/core';
import { CatalogService } from './catalog.service';

// The class has a `destroyRef` of its own (a flag, not Angular's DestroyRef): every fix shares
// the one new name, `destroyRef2`.
@Component({ selector: 'app-catalog', template: '' })
export class CatalogComponent implements OnInit {
  destroyRef = false;
  readonly categories = signal<string[]>([]);

  constructor(private catalog: CatalogService) {}

  loadCategories(): void {
    this.catalog.listCategories().subscribe((categories: string[]) => this.categories.set(categories));
  }

  ngOnInit(): void {
    this.catalog.changes$.subscribe(() => this.loadCategories());
  }
}
