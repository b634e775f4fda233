import { Component, OnInit } from '@angular/core';
import { BaseWidget } from '../shared/base-widget';

@Component({ selector: 'app-resize', template: '{{ width }}' })
export class ResizeComponent extends BaseWidget implements OnInit {
  width = 0;

  ngOnInit(): void {
    window.addEventListener('resize', this.onResize);
  }

  private onResize = (): void => {
    this.width = window.innerWidth;
  };
}
