import { Component, OnDestroy } from '@angular/core';
import { WidgetBase } from 'some-widget-kit';

// A base from a package: unleak cannot read whether it has an ngOnDestroy.
@Component({ selector: 'app-widget', template: '' })
export class WidgetComponent extends WidgetBase implements OnDestroy {
  private widgetComponentTimeoutId?: number;

  ngOnInit() {
    this.widgetComponentTimeoutId = window.setTimeout(() => this.render(), 50);
  }

  ngOnDestroy(): void {
    clearTimeout(this.widgetComponentTimeoutId);
  }

  render() {}
}
