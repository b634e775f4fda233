/** Data hooks over the dashboard API. */
import { useCallback, useEffect, useState } from 'react';
import type { Incident, ServiceDetails, StatusReport } from '../../../shared/status';

export interface StatusState {
  reports: StatusReport[];
  error: Error | null;
  refresh: () => Promise<void>;
}

/** The latest status of every upstream, polled every `pollMs`. */
export function useStatus(pollMs = 30_000): StatusState {
  const [reports, setReports] = useState<StatusReport[]>([]);
  const [error, setError] = useState<Error | null>(null);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      // safe: the request has a deadline.
      const response = await fetch('/api/status', { signal: AbortSignal.timeout(8_000) });
      setReports((await response.json()) as StatusReport[]);
      setError(null);
    } catch (caught) {
      setError(caught as Error);
    }
  }, []);

  useEffect(() => {
    // safe: `void` marks a deliberate fire-and-forget (refresh catches its own errors).
    void refresh();
    // leak (timer-cleanup, auto): the effect returns no cleanup, so the poll keeps running after
    // the dashboard unmounts, and every change of `pollMs` starts one more interval.
    setInterval(() => void refresh(), pollMs);
  }, [refresh, pollMs]);

  return { reports, error, refresh };
}

/** Open and recent incidents, loaded once. */
export function useIncidents(): Incident[] {
  const [incidents, setIncidents] = useState<Incident[]>([]);
  useEffect(() => {
    // leak (fetch-timeout, auto): no deadline: a stalled API leaves the list empty for ever.
    // leak (unconsumed-promise, auto): the chain ends without a rejection handler, so an API
    // error is an unhandled rejection instead of a message on screen.
    fetch('/api/incidents').then((response) => response.json()).then(setIncidents);
  }, []);
  return incidents;
}

/** 30-day uptime of one service. The reference data hook: nothing here leaks. */
export function useUptime(serviceId: string): number | null {
  const [uptime, setUptime] = useState<number | null>(null);
  useEffect(() => {
    // safe: aborted by the cleanup below, which also cancels the request.
    const controller = new AbortController();
    // safe: the request carries the controller's signal, and the chain ends in a catch.
    fetch(`/api/services/${serviceId}/uptime`, { signal: controller.signal })
      .then((response) => response.json() as Promise<{ uptime: number }>)
      .then((body) => setUptime(body.uptime))
      .catch(() => setUptime(null));
    return () => controller.abort();
  }, [serviceId]);
  return uptime;
}

/** Owner and uptime of the service selected in the sidebar. */
export function useServiceDetails(serviceId: string): ServiceDetails | null {
  const [details, setDetails] = useState<ServiceDetails | null>(null);
  useEffect(() => {
    // leak (listener-cleanup, auto): this controller is never aborted. Click through services
    // quickly and every old request keeps running, and the slowest one wins the setState.
    const controller = new AbortController();
    // safe: the request has a signal; what is missing is the abort, reported on the controller.
    fetch(`/api/services/${serviceId}`, { signal: controller.signal })
      .then((response) => response.json() as Promise<ServiceDetails>)
      .then(setDetails)
      .catch(() => setDetails(null));
  }, [serviceId]);
  return details;
}
