import { Component, OnDestroy, OnInit } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { SubscriptionContainer } from './subscription-container';

// `this.subs.subscribe(observable, handler)` hands the observable to the project's container,
// which subscribes and ends every subscription in `cancelAll()`: not a finding (and its `void`
// result could not be kept). RxJS's own `subscribe(next, error)` takes a function first: the
// subscription below it is a leak.
@Component({ selector: 'app-terminal', template: '{{ title }}' })
export class TerminalComponent implements OnInit, OnDestroy {
  readonly title$ = new Subject<string>();
  private readonly resized = new Subject<number>();
  private readonly subs = new SubscriptionContainer();
  title = '';
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly output: Subject<string>) {}

  ngOnInit(): void {
    this.subs.subscribe(this.title$, (title: string) => (this.title = title));
    this.subs.subscribe(this.resized, (columns: number) => this.fit(columns));
    this.subscription = this.output.subscribe(
      (data: string) => this.write(data),
      (error: unknown) => console.error(error),
    );
  }

  attach(input: Observable<string>): void {
    this.subs.subscribe(input, (data: string) => this.write(data));
  }

  ngOnDestroy(): void {
    this.subs.cancelAll();
    this.subscription?.unsubscribe();
  }

  private fit(columns: number): void {
    this.title = `${columns}`;
  }

  private write(data: string): void {
    this.title = data;
  }
}
