import { Component, OnDestroy, OnInit } from '@angular/core';

@Component({ selector: 'app-clock', template: '{{ now }}' })
export class ClockComponent implements OnInit, OnDestroy {
  now = Date.now();
  private tick?: ReturnType<typeof setInterval>;

  ngOnInit(): void {
    this.tick = setInterval(() => (this.now = Date.now()), 1000);
  }

  ngOnDestroy(): void {
    clearInterval(this.tick);
    // Started in ngOnDestroy: runs for good; reported, no fix.
    setInterval(() => console.log(this.now), 1000);
    // One-shot, the teardown's own work: no finding.
    setTimeout(() => console.log('destroyed'), 100);
  }
}
