import express from 'express';
import { setTimeout as delay } from 'node:timers/promises';

const app = express();

async function streamTicks(write: (line: string) => void, signal?: AbortSignal) {
  while (!signal?.aborted) {
    write(new Date().toISOString());
    await delay(1000, undefined, { signal }).catch(() => {});
  }
}

app.get('/ticks', (req, res) => {
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  res.setHeader('content-type', 'text/event-stream');
  void streamTicks((line) => res.write(`data: ${line}\n\n`), controller.signal);
});
