import { Component, Input, type OnInit } from '@angular/core';

@Component({ selector: 'app-cover', template: '<img [src]="src" *ngIf="ready" />' })
export class CoverComponent implements OnInit {
  @Input() src = '';
  ready = false;

  async ngOnInit(): Promise<void> {
    const image = new Image();
    image.src = this.src;
    await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
    this.ready = true;
  }
}
