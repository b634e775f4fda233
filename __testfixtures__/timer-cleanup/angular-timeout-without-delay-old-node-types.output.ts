import { AfterViewInit, Component, ElementRef, ViewChild, OnDestroy } from '@angular/core';

@Component({ selector: 'app-gauge', template: '<svg #svg></svg>' })
export class GaugeComponent implements AfterViewInit, OnDestroy {
  @ViewChild('svg', { static: true }) svg!: ElementRef<SVGElement>;
  width = 0;
  private timeoutId?: ReturnType<typeof setTimeout>;
  private timeoutId2?: ReturnType<typeof setTimeout>;
  private timeoutId3?: ReturnType<typeof setTimeout>;

  ngAfterViewInit(): void {
    // measure once the view has been laid out
    this.timeoutId = setTimeout(() => {
      this.width = this.svg.nativeElement.getBoundingClientRect().width;
    }, 0);
    this.timeoutId2 = setTimeout((() => this.measure()), 0, /* next tick */);
    this.timeoutId3 = setTimeout(
      () => this.measure(), 0,
    );
  }

  ngOnDestroy(): void {
    clearTimeout(this.timeoutId);
    clearTimeout(this.timeoutId2);
    clearTimeout(this.timeoutId3);
  }

  measure(): void {}
}
