import { DestroyRef, Injectable, inject } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class SessionKeepAlive {
  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    const intervalId = setInterval(() => this.ping(), 60_000);
    this.destroyRef.onDestroy(() => clearInterval(intervalId));
  }

  ping(): void {}
}
