// A dev server on a fixed port, made here with no 'error' listener: a port in use throws from the
// emitter and ends the script rather than leave the wait pending (report-only, medium).
import { createWriteStream } from 'node:fs';
import { WebSocketServer } from 'ws';

export function startReloader(port) {
  return new Promise((resolve) => {
    const server = new WebSocketServer({ port });
    server.on('listening', () => resolve(server));
    server.on('connection', (socket) => socket.send('hello'));
  });
}

// The real leak next to it: the 'error' listener only logs, so a failed bind leaves the wait
// pending for ever (high).
export function startLogger(port) {
  const server = new WebSocketServer({ port });
  server.on('error', (error) => console.error(error));
  return new Promise((resolve) => server.on('listening', () => resolve(server)));
}

// And a write stream piped into: a source that fails leaves it open, 'finish' never comes (high).
export function save(source, file) {
  return new Promise((resolve) => {
    const output = createWriteStream(file);
    output.on('finish', resolve);
    source.pipe(output);
  });
}
