interface Chart {
  on(event: 'click', handler: () => void): void;
  dispose(): void;
}
declare const echarts: { init(container: HTMLElement): Chart };
declare const bus: { on(event: string, handler: () => void): void; off(event: string, handler: () => void): void };

// The chart mount() makes is disposed of in dispose(): its listeners go with it.
export class SalesWidget {
  private chart?: Chart;

  constructor(
    private readonly container: HTMLElement,
    private readonly select: () => void,
  ) {}

  mount(): void {
    this.chart = echarts.init(this.container);
    this.chart.on('click', this.select);
    // Still a finding: the bus outlives the widget.
    bus.on('refresh', this.select);
  }

  dispose(): void {
    this.chart?.dispose();
    bus.off('refresh', this.select);
  }
}
