// `server` is filled by this run of `restart()` from an awaited call, and `browser` from a part of
// what an awaited call returned: the listeners are on what this run made (reported medium),
// though `restart()` runs again on every 'reload'. `hub` is one object for the module's life, so
// its listener piles up at every reload (reported high).
import { startApp, connect } from './server.js';
import { hub } from './hub.js';

let server;
let browser;

async function restart(config) {
  server = await startApp(config);
  server.live?.socket?.on('connection', (connection) => console.info(connection.id));
  const result = await connect(config.url);
  browser = result.data;
  browser?.on('disconnected', () => console.info('browser gone'));
  hub.on('tick', (tick) => console.info(tick));
}

process.on('message', (message) => {
  if (message === 'reload') restart({ url: 'ws://localhost' });
});
restart({ url: 'ws://localhost' });
