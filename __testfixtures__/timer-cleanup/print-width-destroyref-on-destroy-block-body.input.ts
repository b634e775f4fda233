import { DestroyRef, Injectable, inject } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class SessionKeepAlive {
  private readonly componentDestroyReference = inject(DestroyRef);

  constructor() {
    setInterval(() => this.ping(), 60_000);
  }

  ping(): void {}
}
