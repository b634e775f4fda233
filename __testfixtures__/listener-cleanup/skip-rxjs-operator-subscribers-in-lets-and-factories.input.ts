import { Observable, Subscriber, from, type OperatorFunction } from 'rxjs';
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
