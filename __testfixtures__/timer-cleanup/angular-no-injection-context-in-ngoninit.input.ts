import { Component } from '@angular/core';

@Component({ selector: 'app-ticker', template: '{{ count }}' })
export class TickerComponent {
  count = 0;

  ngOnInit() {
    setInterval(() => this.count++, 1000);
  }
}
