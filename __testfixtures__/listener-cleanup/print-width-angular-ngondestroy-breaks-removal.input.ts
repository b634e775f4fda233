import {
  Component,
  OnDestroy,
  OnInit,
} from '@angular/core';

@Component({ selector: 'app-widget', template: '' })
export class WidgetComponent implements OnInit, OnDestroy {
  ngOnInit(): void {
    window.addEventListener(
      'resize',
      this.handleWindowResizeForLayout,
    );
  }

  ngOnDestroy(): void {
    console.log('bye');
  }

  handleWindowResizeForLayout = () => {};
}
