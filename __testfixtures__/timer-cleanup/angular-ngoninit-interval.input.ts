import { Component, OnInit } from '@angular/core';

@Component({
  selector: 'app-clock',
  template: '<time>{{ now | date: "mediumTime" }}</time>',
})
export class ClockComponent implements OnInit {
  now = new Date();

  ngOnInit(): void {
    setInterval(() => (this.now = new Date()), 1000);
  }
}
