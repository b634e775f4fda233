import { AfterViewInit, Component, ElementRef, ViewChild } from '@angular/core';

@Component({ selector: 'app-gauge', template: '<svg #svg></svg>' })
export class GaugeComponent implements AfterViewInit {
  @ViewChild('svg', { static: true }) svg!: ElementRef<SVGElement>;
  width = 0;

  ngAfterViewInit(): void {
    // measure once the view has been laid out
    setTimeout(() => {
      this.width = this.svg.nativeElement.getBoundingClientRect().width;
    });
    setTimeout((() => this.measure()), /* next tick */);
    setTimeout(
      () => this.measure(),
    );
  }

  measure(): void {}
}
