/** Types shared by every front end and the server. */

export type Health = 'up' | 'degraded' | 'down';

export interface Upstream {
  id: string;
  name: string;
  url: string;
  timeoutMs: number;
}

export interface StatusReport {
  upstream: string;
  health: Health;
  latencyMs: number;
  checkedAt: string;
}

export interface Incident {
  id: string;
  title: string;
  startedAt: string;
  resolvedAt?: string;
}

export interface ServiceDetails {
  id: string;
  name: string;
  owner: string;
  uptime30d: number;
}

export interface AlertSettings {
  email: boolean;
  slackChannel?: string;
  minimumHealth: Health;
}
