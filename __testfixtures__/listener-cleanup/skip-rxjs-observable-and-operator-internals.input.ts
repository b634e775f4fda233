import { Observable, Subscriber, from, type OperatorFunction } from 'rxjs';
import { createOperatorSubscriber, operate } from './operate';

export function defer<T>(factory: () => Observable<T>): Observable<T> {
  return new Observable<T>((subscriber: Subscriber<T>) => {
    factory().subscribe(subscriber);
  });
}

export function toList<T>(): OperatorFunction<T, T[]> {
  return operate((source: Observable<T>, subscriber: Subscriber<T[]>) => {
    const values: T[] = [];
    source.subscribe(
      createOperatorSubscriber(subscriber, (value: T) => values.push(value), () => {
        subscriber.next(values);
        subscriber.complete();
      }),
    );
  });
}

export function skipUntil<T>(notifier: Observable<unknown>): OperatorFunction<T, T> {
  return operate((source: Observable<T>, subscriber: Subscriber<T>) => {
    let taking = false;
    const skipSubscriber = createOperatorSubscriber(subscriber, () => {
      skipSubscriber.unsubscribe();
      taking = true;
    });
    from(notifier).subscribe(skipSubscriber);
    let inner: Subscriber<T> | null = null;
    source.subscribe((inner = createOperatorSubscriber(subscriber, (value: T) => taking && subscriber.next(value))));
  });
}
