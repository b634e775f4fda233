import { Observable, Subscriber, from, interval, type OperatorFunction } from 'rxjs';
import { createOperatorSubscriber, operate } from './operate';

// The `let` may also hold a plain observer, which nothing ends.
export function sampleEvery<T>(period: number): OperatorFunction<T, T> {
  return operate((source: Observable<T>, subscriber: Subscriber<T>) => {
    let ticker: Subscriber<number> | { next: (n: number) => void } | null = null;
    ticker = createOperatorSubscriber(subscriber, () => {});
    ticker = { next: (n: number) => console.log(n) };
    interval(period).subscribe(ticker);
    source.subscribe(subscriber);
  });
}

// The local function may return a plain function observer.
export function logBoth<T>(other: Observable<T>, verbose: boolean): OperatorFunction<T, T> {
  return operate((source: Observable<T>, subscriber: Subscriber<T>) => {
    const makeObserver = () => {
      if (verbose) return (value: T) => console.log(value);
      return createOperatorSubscriber(subscriber, (value: T) => subscriber.next(value));
    };
    from(other).subscribe(makeObserver());
    source.subscribe(subscriber);
  });
}

// A reset that hands the `let` a plain observer is not an emptied variable.
export function tickWhileSubscribed<T>(period: number, fallback: { next: (n: number) => void }): OperatorFunction<T, T> {
  let connection: Subscriber<number> | { next: (n: number) => void } | undefined;
  const reset = () => {
    connection = fallback;
  };
  return operate((source: Observable<T>, subscriber: Subscriber<T>) => {
    connection = createOperatorSubscriber(subscriber, reset);
    interval(period).subscribe(connection);
    source.subscribe(subscriber);
  });
}
