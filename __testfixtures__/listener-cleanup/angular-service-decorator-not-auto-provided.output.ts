import { Service } from '@angular/core';
import { Observable } from 'rxjs';

declare const feed: { updates$: Observable<string> };
declare const channel: { open(): void; shut(): void };

// `@Service({ autoProvided: false })` is provided where a component or route lists it, and is
// destroyed with that injector: a subscription it never ends outlives it, as before.
@Service({ autoProvided: false })
export class PanelFeed {
  private latest = '';

  public watch(): void {
    feed.updates$.subscribe((update: string) => (this.latest = update));
  }

  public disconnect(): void {
    channel.shut();
  }
}
