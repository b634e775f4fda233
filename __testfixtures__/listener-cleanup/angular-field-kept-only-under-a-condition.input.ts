import { Component, OnDestroy, OnInit } from '@angular/core';
import { Subject, Subscription } from 'rxjs';

const ticks = new Subject<number>();
const flags = new Subject<boolean>();

@Component({ selector: 'app-meter', template: '' })
export class MeterComponent implements OnInit, OnDestroy {
  showTicks = false;
  trackFlags = true;
  tickSub: Subscription;
  flagSub: Subscription;
  count = 0;

  ngOnInit() {
    // Kept only when the branch runs: the release must not read an unset field.
    if (this.showTicks) {
      this.tickSub = ticks.subscribe((n: number) => {
        this.count += n;
      });
    }
    this.flagSub = flags.subscribe((on: boolean) => {
      this.trackFlags = on;
    });
  }

  ngOnDestroy() {
    this.count = 0;
  }
}
