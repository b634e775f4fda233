import { DestroyRef, Injectable, inject } from '@angular/core';

// Provided per component (a root service lives as long as the app: not a finding).
@Injectable()
export class SessionKeepAlive {
  private readonly componentDestroyReference = inject(DestroyRef);

  constructor() {
    const intervalId = setInterval(() => this.ping(), 60_000);
    this.componentDestroyReference.onDestroy(() => {
      clearInterval(intervalId);
    });
  }

  ping(): void {}
}
