import http from 'node:http';
import { interval } from 'rxjs';

const server = http.createServer();
server.on('error', (error) => console.error(error));

process.on('SIGTERM', () => server.close());
window.addEventListener('unhandledrejection', (event) => console.error(event.reason));

const observer = new ResizeObserver(() => console.log('resized'));
observer.observe(document.body);

interval(1000).subscribe(() => console.log('tick'));

export class Registry {
  static readonly socket = new WebSocket('wss://example.com');
}
