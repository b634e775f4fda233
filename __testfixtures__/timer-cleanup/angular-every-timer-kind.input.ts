import { Component, OnInit } from '@angular/core';

@Component({ selector: 'app-board', template: '' })
export class BoardComponent implements OnInit {
  ngOnInit(): void {
    setInterval(() => this.refresh(), 10_000);
    setTimeout(() => this.refresh(), 0);
    requestAnimationFrame(() => this.layout());
    requestIdleCallback(() => this.prefetch());
  }

  refresh(): void {}
  layout(): void {}
  prefetch(): void {}
}
