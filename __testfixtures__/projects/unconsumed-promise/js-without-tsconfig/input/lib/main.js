import { Client } from './client.js';

const client = new Client('https://example.test/events');

export async function report(event) {
  client.send(JSON.stringify(event));
  client.close();
}
