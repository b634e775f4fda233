import { Component, OnDestroy } from '@angular/core';

@Component({ selector: 'app-ticker', template: '{{ count }}' })
export class TickerComponent implements OnDestroy {
  count = 0;
  private intervalId?: ReturnType<typeof setInterval>;

  ngOnInit() {
    this.intervalId = setInterval(() => this.count++, 1000);
  }

  ngOnDestroy(): void {
    clearInterval(this.intervalId);
  }
}
