import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class ClockService {
  now = Date.now();

  constructor() {
    setInterval(() => (this.now = Date.now()), 1000);
  }
}

@Injectable({ providedIn: 'platform' })
export class HeartbeatService {
  private readonly timer = setInterval(() => console.log('alive'), 30_000);
}
