import { Component, DestroyRef, inject, type OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

@Component({ selector: 'app-order', template: '{{ id }} {{ tab }}' })
export class OrderComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  id = '';
  tab = '';

  ngOnInit(): void {
    this.route.params.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params: Record<string, string>) => (this.id = params['id'] ?? ''));
    this.route.queryParams
      .pipe(map((params: Record<string, string>) => params['tab'] ?? 'summary'), takeUntilDestroyed(this.destroyRef))
      .subscribe((tab: string) => (this.tab = tab));
  }
}
