import { Component, OnInit } from '@angular/core';
import { BaseWidget } from '../shared/base-widget';

@Component({ selector: 'app-ticker', template: '{{ value }}' })
export class TickerComponent extends BaseWidget implements OnInit {
  value = 0;

  ngOnInit(): void {
    setInterval(() => this.value++, 1000);
  }
}
