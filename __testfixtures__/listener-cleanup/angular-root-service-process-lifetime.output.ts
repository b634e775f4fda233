import { Injectable, OnDestroy } from '@angular/core';
import { fromEvent, interval, Subscription } from 'rxjs';

// One instance for the life of the app: not findings.
@Injectable({ providedIn: 'root' })
export class ConnectivityService {
  online = navigator.onLine;

  constructor() {
    window.addEventListener('online', () => (this.online = true));
    interval(60_000).subscribe(() => this.check());
  }

  private check(): void {}
}

// A root service that subscribes on every call: each call adds one more subscription.
@Injectable({ providedIn: 'root' })
export class PollingService {
  watch(): void {
    interval(1000).subscribe(() => console.log('poll'));
  }
}

// Provided per component or module: destroyed with it.
@Injectable()
export class PanelService implements OnDestroy {
  constructor() {
    window.addEventListener('resize', this.onResize);
  }

  ngOnDestroy(): void {
    window.removeEventListener('resize', this.onResize);
  }

  private readonly onResize = () => console.log('resize');
}

// A root service that already tears down: the release goes there.
@Injectable({ providedIn: 'root' })
export class SocketService implements OnDestroy {
  private readonly sub = new Subscription();

  constructor() {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  ngOnDestroy(): void {
    this.sub.unsubscribe();
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private readonly onVisibility = () => console.log(document.visibilityState);
}
