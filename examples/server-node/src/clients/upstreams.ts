/** Everything the server asks of other services. */
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import axios from 'axios';
import got from 'got';
import { Agent, fetch as undiciFetch, request } from 'undici';
import type { Incident, StatusReport, Upstream } from '../../../shared/status';
import { INCIDENTS_URL, METRICS_URL } from '../config';

export interface LatencyPoint {
  at: string;
  ms: number;
}

// leak (fetch-timeout, auto): no timeout on this instance, and axios has none by default:
// every call through it can hang. The fix adds `timeout` here, once for all calls.
const metricsApi = axios.create({ baseURL: METRICS_URL });

const incidentsApi = axios.create({ baseURL: INCIDENTS_URL, timeout: 5_000 });

export async function getLatencyHistory(upstreamId: string): Promise<LatencyPoint[]> {
  // Covered by the fix of `metricsApi`'s axios.create() config above (the finding is
  // reported there, once for every call through the instance).
  const { data } = await metricsApi.get<LatencyPoint[]>(`/latency/${upstreamId}`);
  return data;
}

export async function getOpenIncidents(): Promise<Incident[]> {
  // safe: `incidentsApi` was created with a timeout, which covers its calls.
  const { data } = await incidentsApi.get<Incident[]>('/incidents', { params: { open: true } });
  return data;
}

/** One health check: HEAD the upstream within its own deadline, or the caller's signal. */
export async function checkUpstream(upstream: Upstream, signal: AbortSignal): Promise<StatusReport> {
  const started = performance.now();
  let health: StatusReport['health'] = 'down';
  try {
    // safe: the caller's signal combined with the upstream's own deadline.
    const response = await fetch(upstream.url, { method: 'HEAD', signal: AbortSignal.any([signal, AbortSignal.timeout(upstream.timeoutMs)]) });
    health = response.ok ? 'up' : 'degraded';
  } catch {
    health = 'down';
  }
  return { upstream: upstream.id, health, latencyMs: Math.round(performance.now() - started), checkedAt: new Date().toISOString() };
}

/** The HTML of a third-party status page, for the "dependencies" panel. */
export async function getThirdPartyStatusPage(url: string): Promise<string> {
  // leak (fetch-timeout, auto): got has no default timeout; a slow third party holds the caller.
  return got(url).text();
}

export async function getThirdPartyStatusJson<T>(url: string): Promise<T> {
  // safe: got with a request timeout.
  return got(url, { timeout: { request: 5_000 } }).json<T>();
}

/** HEAD through undici's connection pool (used for upstreams on the private network). */
export async function probe(url: string): Promise<number> {
  // leak (fetch-timeout, auto): undici.request without a signal or explicit headers/body timeouts.
  const { statusCode, body } = await request(url, { method: 'HEAD' });
  await body.dump();
  return statusCode;
}

const privateNetwork = new Agent({ connect: { timeout: 2_000 }, keepAliveTimeout: 10_000 });

/** Status JSON of a service on the private network, through the shared connection pool. */
export async function getInternalStatus(url: string): Promise<StatusReport> {
  // leak (fetch-timeout, auto): undici's fetch, renamed on import; the connect timeout covers
  // only the TCP handshake, and nothing bounds the wait for the response.
  const response = await undiciFetch(url, { dispatcher: privateNetwork });
  return (await response.json()) as StatusReport;
}

export async function probeQuickly(url: string): Promise<number> {
  // safe: explicit headers and body timeouts.
  const { statusCode, body } = await request(url, { method: 'HEAD', headersTimeout: 2_000, bodyTimeout: 2_000 });
  await body.dump();
  return statusCode;
}

/** Days until the TLS certificate of `host` expires. */
export function getCertificateDaysLeft(host: string): Promise<number> {
  // safe: rejects on 'error'; what can hang is the request itself, whose missing deadline is
  // reported just below.
  return new Promise((resolve, reject) => {
    // leak (fetch-timeout, auto): the `timeout` option only emits a 'timeout' event, which nothing
    // here handles, so a silent host keeps this request (and the promise) open for ever.
    const req = https.get({ host, path: '/', method: 'HEAD', timeout: 5_000 }, (res) => {
      const certificate = (res.socket as TLSSocket).getPeerCertificate();
      res.resume();
      resolve(Math.floor((Date.parse(certificate.valid_to) - Date.now()) / 86_400_000));
    });
    req.on('error', reject);
  });
}
