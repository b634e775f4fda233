import { Component, OnInit, OnDestroy } from '@angular/core';

@Component({
  selector: 'app-clock',
  template: '<time>{{ now | date: "mediumTime" }}</time>',
})
export class ClockComponent implements OnInit, OnDestroy {
  now = new Date();
  private intervalId?: ReturnType<typeof setInterval>;

  ngOnInit(): void {
    this.intervalId = setInterval(() => (this.now = new Date()), 1000);
  }

  ngOnDestroy(): void {
    clearInterval(this.intervalId);
  }
}
