import { Component, type OnInit, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { interval } from 'rxjs';

@Component({ selector: 'app-clock', template: '{{ now }}' })
export class ClockComponent implements OnInit {
  now = 0;
  seconds = 0;
  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    interval(1000).pipe(takeUntilDestroyed()).subscribe(() => this.seconds++);
  }

  ngOnInit(): void {
    interval(1000).pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => (this.now = Date.now()));
  }
}
