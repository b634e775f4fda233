import { Subject, Subscriber, Subscription } from 'rxjs';

// An Observable subclass's _subscribe(subscriber) is called by RxJS once per subscription with
// the consumer's subscriber: the inner subscription is chained to it and ends with it.
export class SocketSubject<T> extends Subject<T> {
  private readonly output = new Subject<T>();

  protected _subscribe(subscriber: Subscriber<T>): Subscription {
    this.output.subscribe(subscriber);
    subscriber.add(() => this.reset());
    return subscriber;
  }

  private reset(): void {}
}
