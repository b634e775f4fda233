import { Component, DestroyRef, inject, type OnDestroy, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { first, interval, Subject, take, takeUntil, takeWhile } from 'rxjs';

@Component({ selector: 'app-status', template: '{{ n }}' })
export class StatusComponent implements OnInit, OnDestroy {
  private readonly destroyRef = inject(DestroyRef);
  private readonly destroy$ = new Subject<void>();
  private readonly ticks = interval(1000);
  n = 0;

  ngOnInit(): void {
    this.ticks.pipe(take(3)).subscribe(() => this.n++);
    this.ticks.pipe(first()).subscribe(() => this.n++);
    this.ticks.pipe(takeUntil(this.destroy$)).subscribe(() => this.n++);
    this.ticks.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.n++);
    this.ticks.pipe(takeWhile((n) => n < 10)).subscribe(() => this.n++);
  }

  ngOnDestroy(): void {
    this.destroy$.next();
  }
}
