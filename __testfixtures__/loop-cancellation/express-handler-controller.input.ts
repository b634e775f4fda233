import express from 'express';

const app = express();

async function streamTicks(write: (line: string) => void) {
  while (true) {
    write(new Date().toISOString());
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

app.get('/ticks', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  void streamTicks((line) => res.write(`data: ${line}\n\n`));
});
