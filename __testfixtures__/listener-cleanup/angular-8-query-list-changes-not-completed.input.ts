import { AfterViewInit, Component, ContentChildren, QueryList, ViewChildren } from '@angular/core';
import { RowComponent } from './row.component';

@Component({ selector: 'app-table', template: '<app-row *ngFor="let r of rows"></app-row>' })
export class TableComponent implements AfterViewInit {
  @ViewChildren(RowComponent) rowList: QueryList<RowComponent>;
  @ContentChildren('column', { descendants: true }) columns: QueryList<unknown>;

  ngAfterViewInit() {
    // Angular 8 (View Engine): the class's own queries' `changes` never complete: findings.
    this.rowList.changes.subscribe(() => this.layout());
    this.columns.changes.subscribe(() => this.layout());
  }

  layout() {}
}
