import { Component, createRef } from 'react';

interface Chart {
  on(event: 'click', handler: () => void): void;
  dispose(): void;
}
declare const echarts: { init(container: HTMLElement): Chart };
declare const bus: { on(event: string, handler: () => void): void; off(event: string, handler: () => void): void };

// The chart componentDidMount makes is disposed of in componentWillUnmount: its listeners go with it.
export class SalesChart extends Component<{ select: () => void }> {
  private readonly container = createRef<HTMLDivElement>();
  private chart: Chart | null = null;

  componentDidMount(): void {
    this.chart = echarts.init(this.container.current!);
    this.chart.on('click', this.onSelect);
    // Still a finding: the bus outlives the component.
    bus.on('refresh', this.onSelect);
  }

  componentWillUnmount(): void {
    this.chart?.dispose();
  }

  private readonly onSelect = (): void => this.props.select();

  render() {
    return <div ref={this.container} />;
  }
}
