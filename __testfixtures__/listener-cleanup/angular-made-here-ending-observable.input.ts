import { ComponentFactoryResolver, Injectable, Injector, Type } from '@angular/core';
import { AsyncSubject, Observable } from 'rxjs';

interface TabComponent {
  destroyed$: Observable<void>;
}

class CompletionObserver {
  readonly destroyed$ = new AsyncSubject<void>();
  readonly done$ = new AsyncSubject<void>();

  constructor(readonly tab: TabComponent) {}
}

// `destroyed$` of a tab or an observer this very method made: the subscription goes with that new
// object and fires when it ends — not a finding. The same observable of a tab handed in, and an
// observable not named for the end, are still findings.
@Injectable({ providedIn: 'root' })
export class TabsService {
  private readonly observers = new Map<TabComponent, CompletionObserver>();

  constructor(
    private readonly resolver: ComponentFactoryResolver,
    private readonly injector: Injector,
  ) {}

  create(type: Type<TabComponent>): TabComponent {
    const factory = this.resolver.resolveComponentFactory(type);
    const ref = factory.create(this.injector);
    const tab = ref.instance;
    tab.destroyed$.subscribe(() => ref.destroy());
    return tab;
  }

  observe(tab: TabComponent): void {
    const observer = new CompletionObserver(tab);
    observer.destroyed$.subscribe(() => this.observers.delete(tab));
    this.observers.set(tab, observer);
    observer.done$.subscribe(() => this.observers.delete(tab));
    tab.destroyed$.subscribe(() => this.observers.delete(tab));
  }
}
