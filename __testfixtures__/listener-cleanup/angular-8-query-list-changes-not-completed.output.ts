import { AfterViewInit, Component, ContentChildren, QueryList, ViewChildren, OnDestroy } from '@angular/core';
import { RowComponent } from './row.component';

@Component({ selector: 'app-table', template: '<app-row *ngFor="let r of rows"></app-row>' })
export class TableComponent implements AfterViewInit, OnDestroy {
  @ViewChildren(RowComponent) rowList: QueryList<RowComponent>;
  @ContentChildren('column', { descendants: true }) columns: QueryList<unknown>;
  private subscription?: { unsubscribe: () => void };
  private subscription2?: { unsubscribe: () => void };

  ngAfterViewInit() {
    // Angular 8 (View Engine): the class's own queries' `changes` never complete: findings.
    this.subscription = this.rowList.changes.subscribe(() => this.layout());
    this.subscription2 = this.columns.changes.subscribe(() => this.layout());
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
    this.subscription2?.unsubscribe();
  }

  layout() {}
}
