import { Observable, Subscriber, from, interval, type OperatorFunction } from 'rxjs';
import { createOperatorSubscriber, operate } from './operate';

// The inner subscriber lives in a `let` that only ever holds operator subscribers (or null).
export function exhaust<T>(project: (value: T) => Observable<T>): OperatorFunction<T, T> {
  return operate((source: Observable<T>, subscriber: Subscriber<T>) => {
    let innerSub: Subscriber<T> | null = null;
    source.subscribe(
      createOperatorSubscriber(subscriber, (value: T) => {
        if (!innerSub) {
          innerSub = createOperatorSubscriber(subscriber, undefined, () => {
            innerSub = null;
          });
          from(project(value)).subscribe(innerSub);
        }
      }),
    );
  });
}

// Both sources are subscribed with subscribers a local function makes from the destination.
export function bothEmit<T>(other: Observable<T>): OperatorFunction<T, boolean> {
  return operate((source: Observable<T>, subscriber: Subscriber<boolean>) => {
    let seen = 0;
    const createSubscriber = () => {
      const counting = createOperatorSubscriber(subscriber, () => {
        seen += 1;
        if (seen === 2) subscriber.next(true);
      });
      return counting;
    };
    source.subscribe(createSubscriber());
    from(other).subscribe(createSubscriber());
  });
}

// A shared connection kept in an outer `let`, emptied on reset (`connection = latest = undefined`)
// and unsubscribed by whoever resets it.
export function tickShared<T>(period: number): OperatorFunction<T, T> {
  let connection: Subscriber<number> | undefined;
  let latest: number | undefined;
  const reset = () => {
    const previous = connection;
    connection = latest = undefined;
    previous?.unsubscribe();
  };
  return operate((source: Observable<T>, subscriber: Subscriber<T>) => {
    if (!connection) {
      connection = new Subscriber<number>({ next: (n) => (latest = n), complete: reset });
      interval(period).subscribe(connection);
    }
    source.subscribe(subscriber);
  });
}
