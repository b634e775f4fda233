import { Injectable, OnInit, OnDestroy } from '@angular/core';
import { ComponentStore } from '@ngrx/component-store';

interface ClockState {
  now: number;
}

@Injectable()
export class ClockStore extends ComponentStore<ClockState> implements OnInit, OnDestroy {
  ticks = 0;
  private intervalId?: ReturnType<typeof setInterval>;

  constructor() {
    super({ now: Date.now() });
  }

  ngOnInit(): void {
    this.intervalId = setInterval(() => this.ticks++, 1000);
  }

  ngOnDestroy(): void {
    super.ngOnDestroy();
    clearInterval(this.intervalId);
  }
}
