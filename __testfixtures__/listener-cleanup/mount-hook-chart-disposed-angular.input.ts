import { Component, ElementRef, inject, type OnDestroy, type OnInit } from '@angular/core';

interface Chart {
  on(event: 'click', handler: () => void): void;
  dispose(): void;
}
declare const echarts: { init(container: HTMLElement): Chart };
declare const bus: { on(event: string, handler: () => void): void; off(event: string, handler: () => void): void };

// The chart ngOnInit makes is disposed of in ngOnDestroy: its listeners go with it.
@Component({ selector: 'app-sales-chart', template: '' })
export class SalesChartComponent implements OnInit, OnDestroy {
  private readonly host = inject(ElementRef<HTMLElement>);
  private chart?: Chart;

  ngOnInit(): void {
    this.chart = echarts.init(this.host.nativeElement);
    this.chart.on('click', this.onSelect);
    // Still a finding: the bus outlives the component.
    bus.on('refresh', this.onSelect);
  }

  ngOnDestroy(): void {
    this.chart?.dispose();
  }

  private readonly onSelect = (): void => console.log('select');
}
