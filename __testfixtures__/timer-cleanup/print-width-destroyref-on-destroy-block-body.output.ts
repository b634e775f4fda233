import { DestroyRef, Injectable, inject } from '@angular/core';

@Injectable({ providedIn: 'root' })
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
