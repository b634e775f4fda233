import { Component } from '@angular/core';
import { WidgetBase } from 'some-widget-kit';

// A base from a package: unleak cannot read whether it has an ngOnDestroy.
@Component({ selector: 'app-widget', template: '' })
export class WidgetComponent extends WidgetBase {
  ngOnInit() {
    window.setTimeout(() => this.render(), 50);
  }

  render() {}
}
