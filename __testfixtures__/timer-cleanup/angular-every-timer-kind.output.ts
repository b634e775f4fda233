import { Component, OnInit, OnDestroy } from '@angular/core';

@Component({ selector: 'app-board', template: '' })
export class BoardComponent implements OnInit, OnDestroy {
  private intervalId?: ReturnType<typeof setInterval>;
  private timeoutId?: ReturnType<typeof setTimeout>;
  private frameId?: number;
  private idleCallbackId?: number;

  ngOnInit(): void {
    this.intervalId = setInterval(() => this.refresh(), 10_000);
    this.timeoutId = setTimeout(() => this.refresh(), 0);
    this.frameId = requestAnimationFrame(() => this.layout());
    this.idleCallbackId = requestIdleCallback(() => this.prefetch());
  }

  ngOnDestroy(): void {
    clearInterval(this.intervalId);
    clearTimeout(this.timeoutId);
    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);
    if (this.idleCallbackId !== undefined) cancelIdleCallback(this.idleCallbackId);
  }

  refresh(): void {}
  layout(): void {}
  prefetch(): void {}
}
