import { AfterViewInit, Component, ContentChildren, QueryList, ViewChildren } from '@angular/core';
import { RowComponent } from './row.component';
import { TabsService } from './tabs.service';

@Component({ selector: 'app-table', template: '<app-row *ngFor="let r of rows"></app-row>' })
export class TableComponent implements AfterViewInit {
  @ViewChildren(RowComponent) rowList: QueryList<RowComponent>;
  @ContentChildren('column', { descendants: true }) columns: QueryList<unknown>;

  constructor(private tabs: TabsService) {}

  ngAfterViewInit() {
    // The class's own queries: Angular completes their `changes` when the view goes.
    this.rowList.changes.subscribe(() => this.layout());
    this.columns.changes.subscribe(() => this.layout());
    // A service's stream named `changes`: it outlives the view.
    this.tabs.changes.subscribe(() => this.layout());
  }

  layout() {}
}
