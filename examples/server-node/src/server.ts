/** Entry point of the status server. */
import http from 'node:http';
import { app } from './app';
import { warmUpTemplates } from './clients/notifier';
import { ConfigWatcher, type DashboardConfig } from './config';
import { refreshIncidentCache, startBackgroundJobs } from './jobs/health-poller';
import { MetricsReporter, startEventLoopDelayLog, startMemoryLog } from './jobs/metrics-reporter';
import { readJsonFile } from './lib/files';

const port = Number(process.env.PORT ?? 8080);
const server = http.createServer(app);
const metrics = new MetricsReporter({ intervalMs: 10_000 });
const configWatcher = new ConfigWatcher(process.env.DASHBOARD_CONFIG ?? './dashboard.json');

async function closeServer(): Promise<void> {
  // safe: the callback wrapper settles on both paths.
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

// safe: a listener on the module-level server, which lives as long as the process.
server.on('error', (error) => {
  console.error('server error', error);
  process.exitCode = 1;
});

// safe: a module-level, process-lifetime signal handler.
process.on('SIGTERM', () => {
  metrics.close();
  configWatcher.close();
  // leak (unconsumed-promise, auto): nobody waits for the server to drain, and a close error is
  // an unhandled rejection.
  closeServer();
});

function startServer(): void {
  // leak (unconsumed-promise, auto): `.then` without a rejection handler: a missing config file
  // becomes an unhandled rejection (which ends the process) instead of a clear error message.
  readJsonFile<DashboardConfig>(configWatcher.file).then((config) => console.info(`dashboard "${config.title}"`));
  configWatcher.watch((config) => console.info(`config reloaded: ${config.upstreams.length} upstreams`));
  metrics.start();
  server.listen(port);
}

startServer();
startMemoryLog();
startEventLoopDelayLog();
startBackgroundJobs();
// safe: module level, and `void` marks a deliberate fire-and-forget (the refresh catches its own
// errors).
void refreshIncidentCache();
warmUpTemplates();
