import { AfterViewInit, Component, ContentChild, ViewChild } from '@angular/core';
import { PagerComponent } from './pager.component';
import { PageState } from './page-state.service';

// Still findings: a `$` stream a child only passes on (it may be a service's, outliving the
// view), a query that reads a provider token, and projected content (the parent's view).
@Component({ selector: 'app-ledger-pages', template: '<app-pager /><ng-content />' })
export class LedgerPagesComponent implements AfterViewInit {
  @ViewChild(PagerComponent) pager!: PagerComponent;
  @ViewChild(PagerComponent, { read: PageState }) state!: PageState;
  @ContentChild(PagerComponent) projected!: PagerComponent;
  page = 0;

  ngAfterViewInit(): void {
    this.pager.pages$.subscribe((page: number) => (this.page = page));
    this.state.changed.subscribe((page: number) => (this.page = page));
    this.projected.pageChange.subscribe((page: number) => (this.page = page));
  }
}
