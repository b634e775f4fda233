// Waits on a server's 'listening' with no 'error' listener in sight, where the wait can hang all
// the same (report-only, high: unlike unheard-error-medium, a thrown 'error' is not the only end).
import http from 'node:http';
import net from 'node:net';
import { WebSocketServer } from 'ws';
import { MyServer } from './my-server';

// Exported: another file may listen for its 'error', and then a failed bind leaves the wait pending.
export const server = http.createServer((request, response) => response.end('ok'));

export function start(port) {
  return new Promise((resolve) => {
    server.on('listening', () => resolve(server));
    server.listen(port);
  });
}

// Nothing calls listen(): 'listening' never comes, and no error either.
export function startUnbound() {
  return new Promise((resolve) => {
    const unbound = net.createServer();
    unbound.on('listening', () => resolve(unbound));
  });
}

// `noServer: true`: ws never emits 'listening'.
export function startWs() {
  return new Promise((resolve) => {
    const wss = new WebSocketServer({ noServer: true });
    wss.on('listening', () => resolve(wss));
  });
}

// A class of the project: its constructor may listen for 'error' itself.
export function startMine(port) {
  return new Promise((resolve) => {
    const mine = new MyServer({ port });
    mine.on('listening', () => resolve(mine));
  });
}
