import { Component, DestroyRef, Injectable, OnDestroy, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { BehaviorSubject, Subject, interval } from 'rxjs';

// Root-provided with no teardown: one instance for the life of the app. What a method leaves
// open is reported (it piles up if the method runs again), but no release on its destroy is
// offered: that would run only when the app ends.
@Injectable({ providedIn: 'root' })
export class DraftStore {
  private readonly destroyRef = inject(DestroyRef);
  private readonly drafts = new BehaviorSubject<string[]>([]);
  readonly saved = new Subject<string>();

  autosave(): void {
    interval(30_000).subscribe(() => this.saved.next('autosave'));
  }

  followScroll(): void {
    document.addEventListener('scroll', () => this.drafts.next([]));
  }

  keep(): void {
    this.saved.pipe(takeUntilDestroyed(this.destroyRef)).subscribe();
  }
}

// Root-provided but with an ngOnDestroy of its own: it is torn down, and the release goes there.
@Injectable({ providedIn: 'root' })
export class OutboxStore implements OnDestroy {
  readonly queued = new Subject<string>();

  start(): void {
    interval(5_000).subscribe(() => this.queued.next('flush'));
  }

  ngOnDestroy(): void {
    this.queued.complete();
  }
}

// A component ends before the app does: still fixed.
@Component({ selector: 'app-draft-count', template: '' })
export class DraftCountComponent {
  private readonly store = inject(DraftStore);
  count = 0;

  constructor() {
    this.store.saved.subscribe(() => this.count++);
  }
}
