import { Observable, interval } from 'rxjs';
import { operate } from './operate';

export function ticks(): Observable<number> {
  return new Observable<number>((subscriber) => {
    interval(1000).subscribe((value) => subscriber.next(value));
  });
}

export function withClock<T>() {
  return operate<T, T>((source, subscriber) => {
    interval(1000).subscribe({ next: () => subscriber.next(undefined as T) });
    source.subscribe(subscriber);
  });
}
