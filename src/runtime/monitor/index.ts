/**
 * `unleak/monitor`: the run-time side of leak detection, Go's goroutine gauge for Node.
 *
 *   import { monitorActiveResources } from 'unleak/monitor';
 *   const controller = new AbortController();
 *   monitorActiveResources({ signal: controller.signal, onSample: (s) => gauge.set(s.total) });
 *
 * Every `intervalMs` it counts `process.getActiveResourcesInfo()` by type (on an unref'd timer
 * that never keeps the process alive and stops on `signal`), hands the counts to `onSample`,
 * and warns through `logger` when a type spikes above its recent level or climbs steadily
 * across the window. With `recordStacks`, the types that grow get their creation stacks
 * recorded, so the warning says where they come from.
 */
import { StackRecorder, type CreationSite } from './stack-recorder';
import { detectClimb, detectSpike, type ClimbOptions, type SpikeOptions } from './trend';

export type { ClimbOptions, SpikeOptions } from './trend';
export type { CreationSite } from './stack-recorder';

export interface ActiveResourceSample {
  /** `Date.now()` when taken. */
  time: number;
  /** All active resources. */
  total: number;
  /** Count by type as Node names them: `Timeout`, `TCPSocketWrap`, `TCPServerWrap`, `FSReqCallback`, ... */
  counts: Readonly<Record<string, number>>;
}

export interface ResourceWarning {
  reason: 'spike' | 'climb';
  /** The resource type, as in `ActiveResourceSample.counts`. */
  type: string;
  count: number;
  /** The level it rose from: the recent median (spike) or the window's first count (climb). */
  from: number;
  /** Samples in the window it was judged on. */
  samples: number;
  /** Where the live resources of this type were created, most first (with `recordStacks`). */
  sites: CreationSite[];
  /** The human-readable line(s) the logger got. */
  message: string;
}

/** pino's shape: `logger.warn(mergingObject, message)`. `console` is adapted automatically. */
export interface MonitorLogger {
  warn(details: object, message: string): void;
}

export interface RecordStacksOptions {
  /** Frames captured per resource. Default 30. */
  stackTraceLimit?: number;
  /** Resources remembered at most. Default 10 000. */
  maxRecorded?: number;
  /** Creation sites named per warning. Default 3. */
  sites?: number;
}

export interface MonitorOptions {
  /** Stops the monitor (and its timer and hook) when aborted. */
  signal?: AbortSignal;
  /** Time between samples. Default 10 000 ms. */
  intervalMs?: number;
  /** Gets every sample: feed a gauge from here. Errors it throws are logged, not thrown. */
  onSample?: (sample: ActiveResourceSample) => void;
  /** Samples in the sliding window for the climb check and the spike baseline. Default 30. */
  windowSize?: number;
  /** Warn when a type jumps above its recent level; `false` turns it off. */
  spike?: SpikeOptions | false;
  /** Warn when a type climbs steadily across a full window; `false` turns it off. */
  climb?: ClimbOptions | false;
  /** Where warnings go: `console` by default, any pino-compatible logger, or `false` for none. */
  logger?: MonitorLogger | Console | false;
  /** Also gets every warning, as data. */
  onWarning?: (warning: ResourceWarning) => void;
  /** Record creation stacks of the types that grow (an async_hooks hook, on only while they grow). Default `false`. */
  recordStacks?: boolean | RecordStacksOptions;
}

export interface ActiveResourceMonitor {
  /** The last sample taken, if any. */
  readonly latest: ActiveResourceSample | undefined;
  /** Takes a sample now, runs the checks, calls `onSample`, and returns it. */
  sample(): ActiveResourceSample;
  /** Same as aborting the signal. */
  stop(): void;
  readonly stopped: boolean;
}

interface TypeState {
  /** Counts of the last `windowSize` samples, oldest first. */
  window: number[];
  /** Sample index of the last warning, per reason. */
  warnedAt: Partial<Record<ResourceWarning['reason'], number>>;
  /** Sample index of the last new high; stack recording stops a window after it. */
  lastGrowthAt: number;
}

/** Counts the active resources by type now. */
export function sampleActiveResources(): ActiveResourceSample {
  const counts: Record<string, number> = {};
  const names = process.getActiveResourcesInfo();
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return { time: Date.now(), total: names.length, counts };
}

export function monitorActiveResources(options: MonitorOptions = {}): ActiveResourceMonitor {
  const intervalMs = positive(options.intervalMs, 10_000, 'intervalMs');
  const windowSize = Math.max(3, Math.floor(positive(options.windowSize, 30, 'windowSize')));
  const logger = toLogger(options.logger);
  const recordOptions = options.recordStacks === true ? {} : options.recordStacks || undefined;
  const recorder = recordOptions
    ? new StackRecorder({ stackTraceLimit: recordOptions.stackTraceLimit ?? 30, maxRecorded: recordOptions.maxRecorded ?? 10_000 })
    : undefined;
  const siteCount = recordOptions?.sites ?? 3;
  const growthThreshold = Math.max(2, Math.ceil((options.climb ? (options.climb.minIncrease ?? 10) : 10) / 2));

  const states = new Map<string, TypeState>();
  let sampleIndex = 0;
  let latest: ActiveResourceSample | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const warn = (warning: Omit<ResourceWarning, 'message' | 'sites'>) => {
    const sites = recorder?.getTopSites(warning.type, siteCount) ?? [];
    const full: ResourceWarning = { ...warning, sites, message: formatWarning(warning, sites, intervalMs, recorder?.isWatching(warning.type) ?? false) };
    try {
      logger?.warn({ unleak: { reason: full.reason, type: full.type, count: full.count, from: full.from, samples: full.samples, sites } }, full.message);
      options.onWarning?.(full);
    } catch {
      // A broken logger must not take the process down from a timer callback.
    }
  };

  const check = (type: string, count: number) => {
    let state = states.get(type);
    if (!state) {
      state = { window: [], warnedAt: {}, lastGrowthAt: -Infinity };
      states.set(type, state);
    }
    const previous = state.window;
    const previousMax = previous.length > 0 ? Math.max(...previous) : 0;
    const previousMin = previous.length > 0 ? Math.min(...previous) : count;
    if (count > previousMax) state.lastGrowthAt = sampleIndex;
    if (recorder && !recorder.isWatching(type) && count > previousMax && count - previousMin >= growthThreshold) recorder.watch(type);
    if (recorder?.isWatching(type) && sampleIndex - state.lastGrowthAt >= windowSize) recorder.unwatch(type);

    const cooledDown = (reason: ResourceWarning['reason']) => sampleIndex - (state.warnedAt[reason] ?? -Infinity) >= windowSize;
    if (options.spike !== false && cooledDown('spike')) {
      const spike = detectSpike(previous, count, options.spike || {});
      if (spike) {
        state.warnedAt.spike = sampleIndex;
        warn({ reason: 'spike', type, count, from: spike.baseline, samples: previous.length });
      }
    }
    previous.push(count);
    if (previous.length > windowSize) previous.shift();
    if (options.climb !== false && previous.length === windowSize && cooledDown('climb')) {
      const climb = detectClimb(previous, options.climb || {});
      if (climb) {
        state.warnedAt.climb = sampleIndex;
        warn({ reason: 'climb', type, count, from: climb.from, samples: windowSize });
      }
    }
    // A type gone for a whole window is forgotten.
    if (previous.every((value) => value === 0)) states.delete(type);
  };

  const sample = (): ActiveResourceSample => {
    const current = sampleActiveResources();
    latest = current;
    for (const type of new Set([...states.keys(), ...Object.keys(current.counts)])) check(type, current.counts[type] ?? 0);
    sampleIndex++;
    try {
      options.onSample?.(current);
    } catch (error) {
      try {
        logger?.warn({ unleak: { reason: 'onSample-error' } }, `unleak: monitor onSample threw: ${(error as Error)?.message ?? String(error)}`);
      } catch {
        // Nothing thrown from the monitor's timer may take the process down.
      }
    }
    return current;
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (timer) clearInterval(timer);
    timer = undefined;
    recorder?.stop();
    options.signal?.removeEventListener('abort', stop);
  };

  if (options.signal?.aborted) {
    stopped = true;
  } else {
    timer = setInterval(sample, intervalMs);
    // The monitor watches the process; it must never be the reason the process stays up.
    timer.unref();
    options.signal?.addEventListener('abort', stop, { once: true });
  }

  return {
    get latest() {
      return latest;
    },
    get stopped() {
      return stopped;
    },
    sample,
    stop,
  };
}

function formatWarning(warning: Omit<ResourceWarning, 'message' | 'sites'>, sites: readonly CreationSite[], intervalMs: number, recording: boolean): string {
  const head =
    warning.reason === 'spike'
      ? `unleak: ${warning.type} count spiked to ${warning.count} (recent level ${warning.from})`
      : `unleak: ${warning.type} count climbed steadily from ${warning.from} to ${warning.count} over the last ${warning.samples} samples (${intervalMs} ms apart)`;
  if (sites.length > 0) return `${head}. The live ones were created at:\n${sites.map((site) => `    ${site.count} × ${site.site}`).join('\n')}`;
  return recording ? `${head}. Creation stacks are recorded from now on; the next warning will say where they come from.` : `${head}.`;
}

function toLogger(logger: MonitorOptions['logger']): MonitorLogger | undefined {
  if (logger === false) return undefined;
  if (logger === undefined || logger === globalThis.console) {
    return { warn: (_details, message) => globalThis.console.warn(message) };
  }
  return logger as MonitorLogger;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) throw new TypeError(`unleak: monitor option ${name} must be a positive number, got ${String(value)}`);
  return value;
}
