import { Component, Injectable, OnDestroy } from '@angular/core';

// Root-provided with no teardown: one instance for the life of the app.
@Injectable({ providedIn: 'root' })
export class ToastQueue {
  visible = false;

  // A one-shot timer runs once while the service is still there: not a finding.
  flash(): void {
    this.visible = true;
    setTimeout(() => (this.visible = false), 3000);
  }

  // A repeating one started per call piles up: reported, with no clear on destroy (that runs only when the app ends).
  blink(): void {
    setInterval(() => (this.visible = !this.visible), 500);
  }
}

// Root-provided with an ngOnDestroy of its own: torn down, so the clear goes there.
@Injectable({ providedIn: 'root' })
export class PingQueue implements OnDestroy {
  ticks = 0;

  start(): void {
    setInterval(() => this.ticks++, 1000);
  }

  ngOnDestroy(): void {
    this.ticks = 0;
  }
}

// A component ends before the app: its one-shot timer is still cancelled on destroy.
@Component({ selector: 'app-toast', template: '' })
export class ToastComponent {
  shown = true;

  hideLater(): void {
    setTimeout(() => (this.shown = false), 2000);
  }
}
