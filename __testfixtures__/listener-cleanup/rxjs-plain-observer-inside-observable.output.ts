import { Observable, Subscriber, interval } from 'rxjs';
import { operate } from './operate';

export function ticks(): Observable<number> {
  return new Observable<number>((subscriber: Subscriber<number>) => {
    interval(1000).subscribe((value: number) => subscriber.next(value));
  });
}

export function withClock<T>() {
  return operate<T, T>((source: Observable<T>, subscriber: Subscriber<T>) => {
    interval(1000).subscribe({ next: () => subscriber.next(undefined as T) });
    source.subscribe(subscriber);
  });
}
