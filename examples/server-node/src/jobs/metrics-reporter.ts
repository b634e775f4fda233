/** Batches request timings and ships them to the metrics backend. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import got from 'got';
import { METRICS_URL } from '../config';

export interface MetricsReporterOptions {
  intervalMs: number;
}

export class MetricsReporter {
  private samples: number[] = [];

  constructor(private readonly options: MetricsReporterOptions) {}

  record(ms: number): void {
    this.samples.push(ms);
  }

  start(): void {
    // leak (timer-cleanup, auto): close() below never clears this interval: a closed reporter
    // keeps flushing, and its timer keeps the process alive.
    setInterval(() => void this.flush(), this.options.intervalMs);
    // safe: a handler for the end of the process: process lifetime by intent (docs/catalog.md policy),
    // even in a class that ends; `reportProcessLifetime` reports it as a suggestion.
    process.on('beforeExit', this.onBeforeExit);
  }

  close(): void {
    this.samples = [];
  }

  private readonly onBeforeExit = () => void this.flush();

  private async flush(): Promise<void> {
    if (this.samples.length === 0) return;
    const batch = this.samples;
    this.samples = [];
    // safe: got with a request timeout.
    await got.post(`${METRICS_URL}/ingest`, { json: { timings: batch }, timeout: { request: 5_000 } });
  }
}

// Process-wide gauges, started once from server.ts.

function logMemoryUsage(): void {
  const { rss, heapUsed } = process.memoryUsage();
  console.info(`memory rss=${Math.round(rss / 2 ** 20)}MiB heap=${Math.round(heapUsed / 2 ** 20)}MiB`);
}

export function startMemoryLog(): void {
  // safe: .unref() makes this a deliberate process-lifetime timer that never keeps the process
  // alive on its own.
  setInterval(logMemoryUsage, 60_000).unref();
}

export function startEventLoopDelayLog(): void {
  const histogram = monitorEventLoopDelay({ resolution: 20 });
  histogram.enable();
  // safe: unref'd on its handle just below: process-lifetime by intent.
  const handle = setInterval(() => {
    console.info(`event loop delay p99=${Math.round(histogram.percentile(99) / 1e6)}ms`);
    histogram.reset();
  }, 10_000);
  handle.unref();
}
