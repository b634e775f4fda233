// A widget page's start-up, run once when the module loads: it waits for its parent's 'ready'
// (report-only, medium: what it holds lives as long as the page anyway).
import { WidgetApi } from 'widget-api';

export const setupCompleted = (async () => {
  const api = new WidgetApi(new URLSearchParams(location.search).get('widgetId'));
  const ready = new Promise((resolve) => api.once('ready', resolve));
  api.start();
  await ready;
  return api;
})();

// The real leak next to it: the same wait in a function each widget runs (high).
export async function connectWidget(widgetId) {
  const api = new WidgetApi(widgetId);
  const ready = new Promise((resolve) => api.once('ready', resolve));
  api.start();
  await ready;
  return api;
}

// Also high at start-up: a Worker the code makes reports a script that fails with 'error', which the
// code could listen for, and the message never comes.
export const workerReady = new Promise((resolve) => {
  const worker = new Worker('test-webgl2.js');
  worker.addEventListener('message', (event) => resolve(event.data));
});
