/** Background jobs of the status server: upstream checks, incident cache, error budget. */
import { setTimeout as delay } from 'node:timers/promises';
import type { Incident, StatusReport } from '../../../shared/status';
import { checkUpstream, getOpenIncidents } from '../clients/upstreams';
import { upstreams } from '../config';
import { sleep } from '../lib/timing';

export const latestReports = new Map<string, StatusReport>();
export let openIncidents: Incident[] = [];
export let errorBudgetLeft = 1;

async function pollUpstreams(intervalMs: number): Promise<void> {
  // leak (loop-cancellation, auto): no signal, no flag: nothing can stop this loop, so graceful
  // shutdown waits for ever and tests that start it never finish.
  while (true) {
    for (const upstream of upstreams) {
      latestReports.set(upstream.id, await checkUpstream(upstream, AbortSignal.timeout(upstream.timeoutMs)));
    }
    await sleep(intervalMs);
  }
}

export function startBackgroundJobs(): void {
  // leak (loop-cancellation, auto): starts the poll loop in the background and returns nothing
  // that could stop it.
  void pollUpstreams(5_000);
}

/** Refreshes the open-incident cache every 30 s. */
export async function refreshIncidentCache(): Promise<void> {
  try {
    openIncidents = await getOpenIncidents();
  } catch (error) {
    console.warn('incident cache refresh failed', error);
  }
  // leak (loop-cancellation, auto): reschedules itself for ever; there is no way to stop the
  // refresh, and its timer keeps the process alive.
  setTimeout(refreshIncidentCache, 30_000);
}

/** Recomputes the error budget every 10 s until `signal` aborts. */
export async function watchErrorBudget(signal: AbortSignal): Promise<void> {
  // safe: the loop ends when the signal aborts, and the pause is abortable.
  while (!signal.aborted) {
    const reports = [...latestReports.values()];
    errorBudgetLeft = reports.length === 0 ? 1 : reports.filter((report) => report.health === 'up').length / reports.length;
    await delay(10_000, undefined, { signal }).catch(() => undefined);
  }
}
