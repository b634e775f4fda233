import { Component, OnInit, OnDestroy } from '@angular/core';
import { BaseWidget } from '../shared/base-widget';

@Component({ selector: 'app-ticker', template: '{{ value }}' })
export class TickerComponent extends BaseWidget implements OnInit, OnDestroy {
  value = 0;
  private tickerComponentIntervalId?: ReturnType<typeof setInterval>;

  ngOnInit(): void {
    this.tickerComponentIntervalId = setInterval(() => this.value++, 1000);
  }

  ngOnDestroy(): void {
    clearInterval(this.tickerComponentIntervalId);
  }
}
