import { DestroyRef, Injectable, OnDestroy, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { BehaviorSubject, Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { MessageHubService } from './message-hub.service';

// Root-provided: one instance for the life of the app. Its DestroyRef only feeds
// takeUntilDestroyed, which ends that chain when the app ends: the service writes no teardown of
// its own (LEAKS.md: root-provided services without ngOnDestroy live as long as the process).
// Not findings.
@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly destroyRef = inject(DestroyRef);
  private readonly userSource = new BehaviorSubject<string | null>(null);
  readonly isAdmin$: Observable<boolean> = this.userSource.pipe(takeUntilDestroyed(this.destroyRef), map((user: string | null) => user === 'admin'));
  private online = true;

  constructor(messageHub: MessageHubService) {
    messageHub.messages$.subscribe((message: string) => this.userSource.next(message));
    window.addEventListener('offline', () => {
      this.online = false;
    });
  }

  // A method that subscribes on every call: each call adds one more subscription.
  watch(messageHub: MessageHubService): void {
    messageHub.messages$.subscribe((message: string) => console.log(message, this.online));
  }
}

// Root-provided, but it registers teardown of its own on its DestroyRef: the release goes there too.
@Injectable({ providedIn: 'root' })
export class SocketService {
  private readonly destroyRef = inject(DestroyRef);
  private readonly socket = new WebSocket('wss://example.test');

  constructor(messageHub: MessageHubService) {
    this.destroyRef.onDestroy(() => this.socket.close());
    messageHub.messages$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((message: string) => this.socket.send(message));
  }
}

// Root-provided with ngOnDestroy: it expects to be torn down.
@Injectable({ providedIn: 'root' })
export class PresenceService implements OnDestroy {
  private readonly destroyRef = inject(DestroyRef);

  constructor(messageHub: MessageHubService) {
    messageHub.messages$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((message: string) => console.log(message));
  }

  ngOnDestroy(): void {
    console.log('bye');
  }
}

// Provided per component (no providedIn): destroyed with it, so its subscription is a leak.
@Injectable()
export class PanelService {
  private readonly destroyRef = inject(DestroyRef);

  constructor(messageHub: MessageHubService) {
    messageHub.messages$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((message: string) => console.log(message));
  }
}
