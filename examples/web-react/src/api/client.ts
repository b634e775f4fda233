/** The dashboard's API client: thin helpers over fetch. */
import type { AlertSettings, Incident } from '../../../shared/status';

const API_BASE = '/api';

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  // leak (fetch-timeout, suggestion): `init` is whatever the caller passed; when it carries no
  // signal this request can hang for ever. Whether to add one is the reviewer's call.
  const response = await fetch(`${API_BASE}${path}`, init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function postJson(path: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  // leak (fetch-timeout, suggestion): the spread may or may not bring a signal, so the deadline
  // has to keep the caller's signal when there is one.
  return fetch(`${API_BASE}${path}`, { ...init, method: 'POST', body: JSON.stringify(body) });
}

export async function loadIncidents(signal?: AbortSignal): Promise<Incident[]> {
  // leak (fetch-timeout, auto): the caller's `signal` is accepted but never passed on, and there
  // is no deadline either; the fix combines both (guarded, since `signal` is optional).
  const response = await fetch(`${API_BASE}/incidents`, { headers: { accept: 'application/json' } });
  return (await response.json()) as Incident[];
}

export async function downloadExport(range: string): Promise<Blob> {
  // safe: suppressed on purpose (a deliberate example of an unleak-ignore comment).
  // unleak-ignore-next-line fetch-timeout -- exports stream for minutes; the gateway's 15-minute idle timeout ends a stuck one
  const response = await fetch(`${API_BASE}/export?range=${encodeURIComponent(range)}`);
  return response.blob();
}

export async function saveAlertSettings(settings: AlertSettings): Promise<void> {
  // safe: the request already has a deadline.
  await fetch(`${API_BASE}/settings/alerts`, { method: 'PUT', body: JSON.stringify(settings), signal: AbortSignal.timeout(5_000) });
}

/** Usage analytics: a tiny fire-and-forget beacon. */
export function trackEvent(name: string, data: Record<string, unknown> = {}): void {
  const body = JSON.stringify({ name, data, at: Date.now() });
  // leak (fetch-timeout, suggestion): no deadline; it sends `data` of unknown size (an upload).
  // leak (unconsumed-promise, auto): nothing handles the result, so a network error becomes an
  // unhandled rejection in the console of every user who is offline.
  fetch('/api/telemetry', { method: 'POST', body, keepalive: true });
}
