import { Component, OnInit, signal, DestroyRef, inject } from '@angular/core';
import { CatalogService } from './catalog.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// With --unsafe, the suggestion (a service call that may be a completing HTTP request) comes
// first in the file and the auto fix (a stream the service keeps) later: both end with the same
// new `destroyRef`, never a `destroyRef2` next to no `destroyRef`.
@Component({ selector: 'app-catalog', template: '' })
export class CatalogComponent implements OnInit {
  readonly categories = signal<string[]>([]);
  private readonly destroyRef = inject(DestroyRef);

  constructor(private catalog: CatalogService) {}

  loadCategories(): void {
    this.catalog.listCategories().pipe(takeUntilDestroyed(this.destroyRef)).subscribe((categories: string[]) => this.categories.set(categories));
  }

  ngOnInit(): void {
    this.catalog.changes$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.loadCategories());
  }
}
