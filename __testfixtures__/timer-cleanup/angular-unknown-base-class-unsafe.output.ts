import { Component, OnInit, OnDestroy } from '@angular/core';
import { BaseWidget } from '../shared/base-widget';

@Component({ selector: 'app-ticker', template: '{{ value }}' })
export class TickerComponent extends BaseWidget implements OnInit, OnDestroy {
  value = 0;

  private intervalId?: ReturnType<typeof setInterval>;

  ngOnInit(): void {
    this.intervalId = setInterval(() => this.value++, 1000);
  }

  ngOnDestroy(): void {
    clearInterval(this.intervalId);
  }
}
