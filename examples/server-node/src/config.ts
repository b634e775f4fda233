import fs from 'node:fs';
import type { Upstream } from '../../shared/status';
import { readJsonFile } from './lib/files';

export const METRICS_URL = process.env.METRICS_URL ?? 'http://metrics.internal:9090';
export const INCIDENTS_URL = process.env.INCIDENTS_URL ?? 'http://incidents.internal:8080';
export const MONITORS_URL = process.env.MONITORS_URL ?? 'http://monitors.internal:8080';
export const STATUS_API = process.env.STATUS_API ?? 'http://localhost:8080/api';
export const BUS_URL = process.env.BUS_URL ?? 'tcp://localhost:4222';

export const upstreams: Upstream[] = [
  { id: 'api', name: 'Public API', url: 'https://api.example.com/healthz', timeoutMs: 3_000 },
  { id: 'web', name: 'Web app', url: 'https://www.example.com/healthz', timeoutMs: 5_000 },
  { id: 'search', name: 'Search', url: 'https://search.example.com/healthz', timeoutMs: 5_000 },
];

export interface DashboardConfig {
  title: string;
  upstreams: string[];
}

/** Reloads the dashboard config when its file changes. */
export class ConfigWatcher {
  private current: DashboardConfig | null = null;

  constructor(readonly file: string) {}

  get config(): DashboardConfig | null {
    return this.current;
  }

  watch(onChange: (config: DashboardConfig) => void): void {
    // leak (listener-cleanup, auto): the watcher is never closed (close() below forgets it): the
    // file handle stays open and the process cannot exit.
    fs.watch(this.file, () => {
      readJsonFile<DashboardConfig>(this.file).then(
        (config) => {
          this.current = config;
          onChange(config);
        },
        (error: unknown) => console.warn(`could not reload ${this.file}`, error),
      );
    });
  }

  close(): void {
    this.current = null;
  }
}
