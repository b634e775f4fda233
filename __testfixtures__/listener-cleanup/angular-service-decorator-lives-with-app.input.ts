import { Service } from '@angular/core';
import { Observable, of } from 'rxjs';

declare const prompts: { ask(question: string): Observable<boolean> };
declare const feed: { updates$: Observable<string> };
declare const channel: { open(): void; shut(): void };

// Angular 22's `@Service()` is auto-provided in the root injector, like
// `@Injectable({ providedIn: 'root' })`: one instance for the life of the application. Its
// `disconnect()` is a user action beside `reconnect()`, not its end of life, so what its methods
// subscribe to lives with the application: nothing is stored for `disconnect()` to cancel, and
// what is left is reported at low confidence, like any class with no disposal of its own.
@Service()
export class LinkService {
  private latest = '';

  public init(): void {
    feed.updates$.subscribe((update: string) => (this.latest = update));
  }

  public reconnect(needsConsent: boolean): void {
    (needsConsent ? prompts.ask('Link again?') : of(true)).subscribe((accepted: boolean) => {
      if (accepted) channel.open();
    });
  }

  public disconnect(): void {
    channel.shut();
  }
}
