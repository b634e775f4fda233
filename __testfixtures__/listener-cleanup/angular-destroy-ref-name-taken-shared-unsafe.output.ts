import { Component, OnInit, signal, DestroyRef, inject } from '@angular/core';
import { CatalogService } from './catalog.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// The class has a `destroyRef` of its own (a flag, not Angular's DestroyRef): every fix shares
// the one new name, `destroyRef2`.
@Component({ selector: 'app-catalog', template: '' })
export class CatalogComponent implements OnInit {
  destroyRef = false;
  readonly categories = signal<string[]>([]);
  private readonly destroyRef2 = inject(DestroyRef);

  constructor(private catalog: CatalogService) {}

  loadCategories(): void {
    this.catalog.listCategories().pipe(takeUntilDestroyed(this.destroyRef2)).subscribe((categories: string[]) => this.categories.set(categories));
  }

  ngOnInit(): void {
    this.catalog.changes$.pipe(takeUntilDestroyed(this.destroyRef2)).subscribe(() => this.loadCategories());
  }
}
