import { Injectable, OnInit } from '@angular/core';
import { ComponentStore } from '@ngrx/component-store';

interface ClockState {
  now: number;
}

@Injectable()
export class ClockStore extends ComponentStore<ClockState> implements OnInit {
  ticks = 0;

  constructor() {
    super({ now: Date.now() });
  }

  ngOnInit(): void {
    setInterval(() => this.ticks++, 1000);
  }
}
