import { interval, Subject, Subscriber, Subscription } from 'rxjs';

// Next to skip-rxjs-subject-subclass-subscribe-method: in _subscribe, a subscription with a
// plain observer owns nothing, and runs on after the consumer unsubscribes.
export class TickingSubject extends Subject<number> {
  protected _subscribe(subscriber: Subscriber<number>): Subscription {
    interval(1000).subscribe((tick: number) => subscriber.next(tick));
    return subscriber;
  }
}
