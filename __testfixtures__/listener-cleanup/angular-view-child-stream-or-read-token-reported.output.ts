import { AfterViewInit, Component, ContentChild, ViewChild, OnDestroy } from '@angular/core';
import { PagerComponent } from './pager.component';
import { PageState } from './page-state.service';

// Still findings: a `$` stream a child only passes on (it may be a service's, outliving the
// view), a query that reads a provider token, and projected content (the parent's view).
@Component({ selector: 'app-ledger-pages', template: '<app-pager /><ng-content />' })
export class LedgerPagesComponent implements AfterViewInit, OnDestroy {
  @ViewChild(PagerComponent) pager!: PagerComponent;
  @ViewChild(PagerComponent, { read: PageState }) state!: PageState;
  @ContentChild(PagerComponent) projected!: PagerComponent;
  page = 0;
  private subscription?: { unsubscribe: () => void };
  private subscription2?: { unsubscribe: () => void };
  private subscription3?: { unsubscribe: () => void };

  ngAfterViewInit(): void {
    this.subscription = this.pager.pages$.subscribe((page: number) => (this.page = page));
    this.subscription2 = this.state.changed.subscribe((page: number) => (this.page = page));
    this.subscription3 = this.projected.pageChange.subscribe((page: number) => (this.page = page));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
    this.subscription2?.unsubscribe();
    this.subscription3?.unsubscribe();
  }
}
