/** The HTTP API behind the dashboards (Express). */
import type { Readable } from 'node:stream';
import axios from 'axios';
import express from 'express';
import type { Incident } from '../../shared/status';
import { checkUpstream, getLatencyHistory } from './clients/upstreams';
import { notifySlack } from './clients/notifier';
import { INCIDENTS_URL, METRICS_URL, MONITORS_URL, upstreams } from './config';
import { createCache } from './lib/cache';

const latencyCache = createCache(getLatencyHistory, 30_000);

export const app = express();
app.use(express.json());

app.get('/api/status', async (_req, res) => {
  // safe: aborted when the response closes (next line), which ties the upstream checks to this
  // request's lifetime.
  const controller = new AbortController();
  // safe: a listener on this request's own response (the pattern docs/catalog.md prescribes for
  // Express handlers).
  res.on('close', () => controller.abort());
  // safe: awaited through Promise.all.
  const reports = await Promise.all(upstreams.map((upstream) => checkUpstream(upstream, controller.signal)));
  res.json(reports);
});

app.get('/api/upstreams/:id/latency', async (req, res) => {
  res.json(await latencyCache.fetch(req.params.id));
});

app.get('/api/latency/export', async (req, res) => {
  // safe: suppressed on purpose (a deliberate example of an unleak-ignore comment).
  // unleak-ignore-next-line fetch-timeout -- streamed to the client for as long as it takes; the client's disconnect destroys the stream
  const upstream = await axios.get<Readable>(`${METRICS_URL}/export`, { params: req.query, responseType: 'stream' });
  res.on('close', () => upstream.data.destroy());
  upstream.data.pipe(res);
});

app.post('/api/incidents', async (req, res) => {
  // leak (fetch-timeout, suggestion): no config (axios.post takes it 3rd) and no default timeout;
  // a suggestion because it uploads the client's body, which a fixed deadline could cut.
  const { data } = await axios.post<Incident>(`${INCIDENTS_URL}/incidents`, req.body);
  // leak (unconsumed-promise, auto): the Slack notification floats; if Slack is down, the
  // rejection is unhandled (and on Node it crashes the process by default).
  notifySlack(`New incident: ${data.title}`);
  res.status(201).json(data);
});

app.put('/api/monitors/:id', async (req, res) => {
  // leak (fetch-timeout, auto): the `timeout` here is a field of the monitor being saved (the
  // request body, 2nd argument), not axios' option: the call itself has no deadline.
  await axios.put(`${MONITORS_URL}/monitors/${req.params.id}`, { url: req.body.url, timeout: req.body.timeoutMs });
  res.sendStatus(204);
});

app.delete('/api/monitors/:id', async (req, res) => {
  // safe: axios.delete takes its config as the 2nd argument, and it has a timeout.
  await axios.delete(`${MONITORS_URL}/monitors/${req.params.id}`, { timeout: 5_000 });
  res.sendStatus(204);
});
