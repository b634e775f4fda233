import { useEffect, useRef } from 'react';

interface Chart {
  on(event: 'click', handler: () => void): void;
  dispose(): void;
}
declare const echarts: { init(container: HTMLElement): Chart };
declare const bus: { on(event: string, handler: () => void): void; off(event: string, handler: () => void): void };

// The chart the effect makes is disposed of in its cleanup: its listeners go with it.
export function SalesChart(props: { select: () => void }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    chart.current = echarts.init(container.current!);
    chart.current.on('click', props.select);
    // Still a finding: the bus outlives the component.
    bus.on('refresh', props.select);
    return () => {
      chart.current?.dispose();
    };
  }, [props.select]);
  return <div ref={container} />;
}
