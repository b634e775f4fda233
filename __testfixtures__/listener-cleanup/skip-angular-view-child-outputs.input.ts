import { AfterViewInit, Component, ViewChild, viewChild } from '@angular/core';
import { PagerComponent } from './pager.component';
import { ColumnSorter } from './column-sorter.directive';

// Outputs of children in the component's own template: Angular destroys them with the
// component's view, and the subscriptions their emitters hold go with them: no finding.
@Component({ selector: 'app-ledger', template: '<app-pager /><table appColumnSorter></table>' })
export class LedgerComponent implements AfterViewInit {
  @ViewChild(PagerComponent) pager!: PagerComponent;
  readonly sorter = viewChild.required(ColumnSorter);
  readonly optionalSorter = viewChild(ColumnSorter, { descendants: true });
  page = 0;
  order = '';

  ngAfterViewInit(): void {
    this.pager.pageChange.subscribe((page: number) => (this.page = page));
    this.sorter().orderChange.subscribe((order: string) => (this.order = order));
    this.optionalSorter()?.orderChange.subscribe((order: string) => (this.order = order));
  }
}
