import express from 'express';
import { streamTicks } from './ticks.js';

export const app = express();

app.get('/ticks', (req, res) => {
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  res.setHeader('content-type', 'text/event-stream');
  void streamTicks((line) => res.write(`data: ${line}\n\n`), controller.signal);
});
