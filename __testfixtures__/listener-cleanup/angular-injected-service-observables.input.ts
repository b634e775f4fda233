import { Component, DestroyRef, OnInit, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Store } from '@ngrx/store';
import { AccountService } from './account.service';
import { StatsService } from './stats.service';

@Component({ selector: 'app-confirm-email', template: '' })
export class ConfirmEmailComponent implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly stats = inject(StatsService);
  confirmed = false;

  constructor(
    private readonly accountService: AccountService,
    private readonly store: Store,
  ) {}

  // Bounded where it is made: its pipe already ends with the component.
  readonly data$ = this.stats.load().pipe(takeUntilDestroyed(this.destroyRef));

  ngOnInit(): void {
    // A service method, most likely an HttpClient request (here a POST): ending it on destroy
    // would cancel it, so the fix is a suggestion.
    this.accountService.confirmEmailUpdate('token').subscribe(() => (this.confirmed = true));
    // NgRx's store never completes: a leak, fixed.
    this.store.select('user').subscribe((user: unknown) => console.log(user));
    this.data$.subscribe();
  }
}
